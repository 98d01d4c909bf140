import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { Font } from 'fonteditor-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import subsetFont from 'subset-font';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speech } from '../../slides/speech.ts';
import { translation as ja } from '../../slides/translations/ja.ts';
import { deckModel } from '../../src/model/deck.ts';
import { translatedHeadline } from '../../src/model/translated-slides.ts';
import { japaneseFace } from '../../src/node/japanese-face.ts';
import { pptxFile } from '../../src/node/pptx/presentation.ts';
import { loadTheme } from '../../src/node/pptx/theme.ts';
import { openDeck, SCREENSHOT_DIR, useDeck } from './harness.ts';

// The PowerPoint file opened in a real client that no one here wrote: LibreOffice Impress, headless, converts it to
// PDF; its text must hold every headline, and three of its slides go to screenshots/ beside the deck's, to look at.
// With --lang ja one slide is converted too (a file of that slide alone, converted in the same run: time is short),
// its Japanese headline drawn in the face the file names.

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
 * The deck's faces as TrueType files in a font folder of the test's own, for LibreOffice alone (through a fontconfig
 * file of its own): the system's fonts are left as they are, and the picture shows the slides as someone with the
 * faces sees them. The Japanese face is cut to `japanese` (as the build cuts it) and named as the family the deck
 * asks for: Fontsource's files call themselves "Noto Serif JP ExtraLight", which fontconfig would not match.
 */
async function fontConfig(work: string, japanese: string): Promise<string> {
  const fonts = path.join(work, 'fonts');
  mkdirSync(fonts);
  const cut = Font.create(await subsetFont(await japaneseFace(japanese), japanese, { targetFormat: 'sfnt' }), {
    type: 'ttf',
  });
  const data = cut.get();
  data.name = { ...data.name, fontFamily: JAPANESE_FACE, fullName: JAPANESE_FACE, postScriptName: 'NotoSerifJP' };
  cut.set(data);
  writeFileSync(path.join(fonts, 'NotoSerifJP.ttf'), Buffer.from(cut.write({ type: 'ttf' }) as ArrayBuffer));
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
 * Converts the files to PDF with LibreOffice headless, in one run, in a profile of its own (parallel runs do not share one), and
 * ends the whole process group when done or when it hangs: soffice starts soffice.bin under it.
 */
function convert(soffice: string, files: readonly string[], work: string, fonts: string): Promise<string> {
  const profile = pathToFileURL(path.join(work, 'profile')).href;
  const args = [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files];
  return new Promise((resolve) => {
    const child = spawn(soffice, args, {
      detached: true,
      env: { ...process.env, FONTCONFIG_FILE: fonts },
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

/** The slide converted with its Japanese headline: two lines of it beside the recommendation's panel. */
const IN_JAPANESE = model.slides.find((slide) => slide.id === 'diet-2');
/** The face the file names for Japanese (deck-ja.css's first family). */
const JAPANESE_FACE = 'Noto Serif JP';

describe('the PowerPoint file in LibreOffice Impress (npm run pptx)', () => {
  const session = useDeck();
  const work = mkdtempSync(path.join(tmpdir(), 'pptx-impress-'));
  const pdf = path.join(work, 'deck.pdf');
  const pdfJa = path.join(work, 'deck-ja.pdf');
  let pages: string[] = [];
  let pagesJa: string[] = [];
  /** The fonts LibreOffice embedded in the Japanese slide's PDF, by name. */
  let fontsJa = '';

  beforeAll(async () => {
    const soffice = onPath('soffice');
    if (soffice === undefined) {
      throw new Error(
        'LibreOffice Impress (soffice) is not on the PATH: install it (Debian/Ubuntu: apt-get install libreoffice-impress; macOS: brew install --cask libreoffice) to test the PowerPoint export.',
      );
    }
    if (IN_JAPANESE === undefined) throw new Error('The deck has no slide diet-2.');
    const theme = await loadTheme(ROOT);
    const [file, fileJa] = [path.join(work, 'deck.pptx'), path.join(work, 'deck-ja.pptx')];
    writeFileSync(file, await pptxFile({ model, theme }));
    const alone = { ...model, slides: [IN_JAPANESE] };
    writeFileSync(fileJa, await pptxFile({ model: alone, theme, language: 'ja', translation: ja }));
    const fonts = await fontConfig(work, translatedHeadline(IN_JAPANESE, ja));
    const errors = await convert(soffice, [file, fileJa], work, fonts);
    for (const made of [pdf, pdfJa]) {
      if (!existsSync(made)) {
        throw new Error(`LibreOffice made no ${path.basename(made)}: ${errors.trim() || 'it said nothing'}`);
      }
    }
    [pages, pagesJa] = await Promise.all([pdfPages(pdf), pdfPages(pdfJa)]);
    fontsJa = readFileSync(pdfJa, 'latin1');
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

  it("with --lang ja, draws the slide's Japanese headline under the English and the 仮訳 label, in the face the file names", () => {
    if (IN_JAPANESE === undefined) return;
    expect(pagesJa).toHaveLength(1);
    const [page = ''] = pagesJa;
    const [english, japanese] = [squeeze(IN_JAPANESE.headline), squeeze(translatedHeadline(IN_JAPANESE, ja))];
    expect(page).toContain(japanese);
    expect(page.indexOf(english)).toBeLessThan(page.indexOf(japanese));
    expect(page).toContain(squeeze(ja.label));
    // LibreOffice found the face by the file's east-Asian font name and embedded it (font names are not compressed).
    expect(fontsJa).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSerifJP/);
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
    // The Japanese slide as LibreOffice draws it (the deck shows it so only on J).
    const number = model.slides.findIndex((slide) => slide === IN_JAPANESE) + 1;
    const prefix = path.join(SCREENSHOT_DIR, `pptx-${number}-${IN_JAPANESE?.id ?? ''}-ja`);
    execFileSync(pdftoppm, ['-png', '-singlefile', '-scale-to-x', '1920', '-scale-to-y', '1080', pdfJa, prefix]);
  });
});
