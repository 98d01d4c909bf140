import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { Font } from 'fonteditor-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speech } from '../../slides/speech.ts';
import { deckModel } from '../../src/model/deck.ts';
import { pptxFile } from '../../src/node/pptx/presentation.ts';
import { loadTheme } from '../../src/node/pptx/theme.ts';
import { openDeck, SCREENSHOT_DIR, useDeck } from './harness.ts';

// The PowerPoint file opened in a real client that no one here wrote: LibreOffice Impress, headless, converts it to
// PDF; its text must hold every headline, and three of its slides go to screenshots/ beside the deck's, to look at.

const ROOT = path.resolve(import.meta.dirname, '../..');
const model = deckModel(speech);
/** White space removed (lines break where the slide did) and lower case (labels are shown in capitals). */
const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** A program on the PATH, or undefined. */
function onPath(program: string): string | undefined {
  for (const folder of (process.env['PATH'] ?? '').split(path.delimiter)) {
    const file = path.join(folder, program);
    if (folder !== '' && existsSync(file)) return file;
  }
  return undefined;
}

/**
 * The deck's face as a TrueType file in a font folder of the test's own, for LibreOffice alone (through a fontconfig
 * file of its own): the system's fonts are left as they are, and the picture shows the slides as someone with the
 * face sees them.
 */
function fontConfig(work: string): string {
  const fonts = path.join(work, 'fonts');
  mkdirSync(fonts);
  const woff = path.join(ROOT, 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff');
  const font = Font.create(readFileSync(woff), {
    type: 'woff',
    inflate: (data: number[]) => Array.from(inflateSync(Buffer.from(data))),
  });
  writeFileSync(path.join(fonts, 'SourceSerif4.ttf'), Buffer.from(font.write({ type: 'ttf' }) as ArrayBuffer));
  const config = path.join(work, 'fonts.conf');
  writeFileSync(
    config,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir></fontconfig>`,
  );
  return config;
}

/**
 * Converts the file to PDF with LibreOffice headless, in a profile of its own (parallel runs do not share one), and
 * ends the whole process group when done or when it hangs: soffice starts soffice.bin under it.
 */
function convert(soffice: string, file: string, work: string): Promise<string> {
  const profile = pathToFileURL(path.join(work, 'profile')).href;
  const args = [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, file];
  return new Promise((resolve) => {
    const child = spawn(soffice, args, {
      detached: true,
      env: { ...process.env, FONTCONFIG_FILE: fontConfig(work) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const end = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const guard = setTimeout(end, 240_000);
    child.on('close', () => {
      clearTimeout(guard);
      end();
      resolve(errors);
    });
  });
}

async function pdfPages(file: string): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(squeeze(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  return pages;
}

/** The three slides looked at: the title, a recommendation and the timeline. */
const LOOKED_AT = ['title', 'diet-2', 'japan'] as const;

describe('the PowerPoint file in LibreOffice Impress (npm run pptx)', () => {
  const session = useDeck();
  const work = mkdtempSync(path.join(tmpdir(), 'pptx-impress-'));
  const pdf = path.join(work, 'deck.pdf');
  let pages: string[] = [];

  beforeAll(async () => {
    const soffice = onPath('soffice');
    if (soffice === undefined) {
      throw new Error(
        'LibreOffice Impress (soffice) is not on the PATH: install it (Debian/Ubuntu: apt-get install libreoffice-impress; macOS: brew install --cask libreoffice) to test the PowerPoint export.',
      );
    }
    const file = path.join(work, 'deck.pptx');
    writeFileSync(file, await pptxFile({ model, theme: await loadTheme(ROOT) }));
    const errors = await convert(soffice, file, work);
    if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of the file: ${errors.trim() || 'it said nothing'}`);
    pages = await pdfPages(pdf);
  }, 300_000);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('converts the file to a PDF of its 25 slides', () => {
    expect(pages).toHaveLength(25);
  });

  it('shows every headline on its own slide', () => {
    model.slides.forEach((slide, index) => {
      expect(pages[index], `slide ${slide.number} (${slide.id})`).toContain(squeeze(slide.headline));
    });
  });

  it('shows every point and section marker where the deck does', () => {
    model.slides.forEach((slide, index) => {
      const { content } = slide;
      const points = content.kind === 'prose' ? content.points.map((point) => point.text) : [];
      for (const text of [...points, ...(slide.section ? [slide.section.heading] : [])]) {
        expect(pages[index], `slide ${slide.number} (${slide.id})`).toContain(squeeze(text));
      }
    });
  });

  it('leaves in screenshots/ the title, a recommendation and the timeline, converted, beside the deck', async () => {
    const pdftoppm = onPath('pdftoppm');
    if (pdftoppm === undefined) {
      throw new Error(
        'pdftoppm is not on the PATH: install poppler-utils (apt-get install poppler-utils) for the picture.',
      );
    }
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const { page } = session;
    for (const id of LOOKED_AT) {
      const number = model.slides.findIndex((slide) => slide.id === id) + 1;
      const prefix = path.join(work, `slide-${id}`);
      execFileSync(pdftoppm, [
        '-f',
        `${number}`,
        '-l',
        `${number}`,
        '-png',
        '-singlefile',
        '-scale-to-x',
        '1920',
        '-scale-to-y',
        '1080',
        pdf,
        prefix,
      ]);
      await openDeck(page, { hash: `#/${id}` });
      const deck = (await page.screenshot()).toString('base64');
      const impress = readFileSync(`${prefix}.png`).toString('base64');
      const sheet = await page.context().newPage();
      await sheet.setViewportSize({ width: 1920 * 2 + 48, height: 1080 + 96 });
      await sheet.setContent(
        `<body style="margin:0;padding:16px;background:#555;font:28px sans-serif;color:#fff;display:flex;gap:16px">` +
          `<figure style="margin:0"><figcaption>The PowerPoint file in LibreOffice Impress</figcaption><img src="data:image/png;base64,${impress}"></figure>` +
          `<figure style="margin:0"><figcaption>The deck in Chromium</figcaption><img src="data:image/png;base64,${deck}"></figure></body>`,
      );
      await sheet.screenshot({ path: path.join(SCREENSHOT_DIR, `pptx-${number}-${id}.png`) });
      await sheet.close();
    }
  });
});
