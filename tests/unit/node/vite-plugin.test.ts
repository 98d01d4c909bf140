import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as v from 'valibot';
import { build, createLogger, createServer, preview } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { deckModel } from '../../../src/model/deck.ts';
import { PAGE_MODEL_ID, PageModelSchema } from '../../../src/model/page-model.ts';
import { renderDeck } from '../../../src/model/render.ts';
import { slideSizeProperties } from '../../../src/model/slide-size.ts';
import type { OutlineError } from '../../../src/model/validate.ts';
import { SMALL_SPEECH as speech } from '../../small-outline.ts';
import {
  HANDOUT_MARKER,
  HEAD_MARKER,
  injectDeck,
  MODEL_MARKER,
  READING_MARKER,
  SLIDES_MARKER,
} from '../../../src/node/page-html.ts';
import { speechDeck, type SpeechDeckApi } from '../../../src/node/vite-plugin.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const THEME = path.join(ROOT, 'src/client/theme/palette.css');
const indexHtml = readFileSync(path.join(ROOT, 'index.html'), 'utf8');
const inject = (html: string, changes: Partial<Parameters<typeof injectDeck>[1]> = {}) =>
  injectDeck(html, { speech, accent: '#00557f', ...changes });

describe('injectDeck', () => {
  it('fills index.html with the title, favicon and slides', () => {
    const html = inject(indexHtml);
    expect(html).not.toContain(HEAD_MARKER);
    expect(html).not.toContain(SLIDES_MARKER);
    expect(html).toContain(`<title>${deckModel(speech).title.document}</title>`);
    expect(html).toContain(renderDeck(deckModel(speech)));
  });

  it('writes the slide size for the stylesheets into the head, from its one definition', () => {
    expect(slideSizeProperties()).toContain('--slide-width: 1920px; --slide-height: 1080px;');
    expect(inject(indexHtml)).toContain(`<style>${slideSizeProperties()}</style>`);
  });

  it("draws the favicon in the theme's accent colour", () => {
    const accent = /--accent:\s*(#[0-9a-f]+)/i.exec(readFileSync(THEME, 'utf8'))?.[1] ?? 'none';
    const href = /<link rel="icon" href="data:image\/svg\+xml,([^"]+)"/.exec(inject(indexHtml, { accent }))?.[1] ?? '';
    expect(decodeURIComponent(href)).toContain(`stroke="${accent}"`);
  });

  it('renders at the speaking rate it is given, into the page model', () => {
    const model = (html: string) => {
      const json = new RegExp(`<script type="application/json" id="${PAGE_MODEL_ID}">([^<]*)</script>`).exec(html);
      return v.parse(PageModelSchema, JSON.parse(json?.[1] ?? 'null'));
    };
    const slow = model(inject(indexHtml, { wordsPerMinute: 100 }));
    const fast = model(inject(indexHtml, { wordsPerMinute: 160 }));
    expect(slow.totalSeconds).toBeGreaterThan(fast.totalSeconds);
    expect([slow.wordsPerMinute, fast.wordsPerMinute]).toEqual([100, 160]);
  });

  it('says which placeholder a page lacks', () => {
    expect(() =>
      inject(indexHtml.replace(SLIDES_MARKER, '').replace(`${MODEL_MARKER}-->`, ''), { page: 'deck.html' }),
    ).toThrow(`deck.html has no ${SLIDES_MARKER}, ${READING_MARKER}, ${HANDOUT_MARKER}, ${MODEL_MARKER} placeholder`);
    expect(() => inject(indexHtml.replace(HEAD_MARKER, ''))).toThrow(`index.html has no ${HEAD_MARKER} placeholder`);
  });

  it('escapes outline text, so the outline cannot inject markup', () => {
    const closing = '<script>alert("x")</script> & friends';
    const html = inject(indexHtml, { speech: { ...speech, salutation: { ...speech.salutation, closing } } });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends');
  });
});

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A copy of the project whose outline is the real one changed by `edit` (a mistake, or nothing), JavaScript run on a copy of `speech`. */
function projectCopy(edit: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'deck-mistake-'));
  roots.push(root);
  for (const page of ['index.html', 'read.html']) copyFileSync(path.join(ROOT, page), path.join(root, page));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  writeFileSync(
    path.join(root, 'speech.ts'),
    `import { speech as real } from ${JSON.stringify(path.join(ROOT, 'slides/speech.ts'))};\n` +
      'export const speech = structuredClone(real);\n' +
      'const slides = [...speech.opening, ...speech.sections.flatMap((section) => section.slides)];\n' +
      `${edit}\n`,
  );
  const plugin = JSON.stringify(path.join(ROOT, 'src/node/vite-plugin.ts'));
  writeFileSync(
    path.join(root, 'vite.config.ts'),
    `import { speechDeck } from ${plugin};\n` +
      `export default { plugins: [speechDeck({ outline: 'speech.ts', theme: ${JSON.stringify(THEME)} })] };\n`,
  );
  return root;
}

function buildWithMistake(edit: string): Promise<unknown> {
  const root = projectCopy(edit);
  return build({ root, logLevel: 'silent', build: { outDir: path.join(root, 'dist'), write: false } });
}

describe('speechDeck', () => {
  it("tells the build's other plugins the speech's output name, from the outline it loaded", async () => {
    const api = speechDeck({ outline: 'slides/speech.ts', theme: THEME }).api as SpeechDeckApi;
    expect(await api.outputName()).toBe('statement-2022-05-19');
  });
});

describe('an outline mistake', () => {
  it('a misspelt icon fails the build, naming the slide, the field and the icon meant', async () => {
    const edit =
      "slides.find((slide) => slide.recommendation?.series === 'diet' && slide.recommendation.number === 1).recommendation.icon = 'Radr';";
    await expect(buildWithMistake(edit)).rejects.toThrow(
      /slide "diet-1", field "recommendation\.icon": "Radr" is not a Lucide icon .*Did you mean "Radar"\?/,
    );
  });

  it('a removed recommendation fails the build, naming the missing one and blaming no other', async () => {
    const edit =
      "for (const section of speech.sections) section.slides = section.slides.filter((slide) => !(slide.recommendation?.series === 'diet' && slide.recommendation.number === 3));";
    const error: unknown = await buildWithMistake(edit).catch((caught: unknown) => caught);
    // An OutlineError, though not of this module's class: Vite bundles the config file, and the plugin with it.
    expect(error).toMatchObject({ name: 'OutlineError' });
    const diet = (error as OutlineError).problems.filter((problem) => problem.slide.startsWith('diet-'));
    expect(diet).toEqual([
      {
        slide: 'diet-3',
        field: 'recommendation',
        message: 'is missing: the "diet" series has 4 of its 5 recommendations; it belongs after diet-2',
      },
    ]);
  });

  it('a long headline fails the build, saying which words count', async () => {
    const edit = "speech.opening[0].headline = Array.from({ length: 80 }, () => 'word').join(' ');";
    await expect(buildWithMistake(edit)).rejects.toThrow(
      /slide "partner", field "headline": the slide shows \d+ words on screen \(headline 80, points \d+\), over the budget/,
    );
  });

  it('`vite build` prints the problems once, without a stack, and fails', async () => {
    const root = projectCopy("speech.titleBlock.date = '2022-02-30';");
    const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
    const run = promisify(execFile)(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: root });
    const failure = (await run.catch((error: unknown) => error)) as { code?: number; stdout: string; stderr: string };
    // The build fails; which non-zero code is Vite's to choose.
    expect(failure.code).toBeGreaterThan(0);
    const output = failure.stdout + failure.stderr;
    expect(output.match(/The speech outline has \d+ problems?:/g)).toHaveLength(1);
    expect(output).toContain('slide "title", field "titleBlock.date": "2022-02-30" is not a calendar date');
    expect(output).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('`vite dev` prints the problems once and shows them in the page until the outline is fixed', async () => {
    const root = projectCopy("speech.opening[0].points[0].icon = 'Lanmdark';");
    const errors: string[] = [];
    const logger = createLogger('silent');
    logger.error = (message) => errors.push(message);
    const server = await createServer({ root, customLogger: logger, server: { middlewareMode: true, ws: false } });
    try {
      const pages = await Promise.all(
        ['/index.html', '/read.html', '/index.html'].map((url) => server.transformIndexHtml(url, indexHtml)),
      );
      for (const page of pages) expect(page).toContain('slide &quot;partner&quot;, field &quot;points[0].icon&quot;');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('slide "partner", field "points[0].icon": "Lanmdark" is not a Lucide icon');
    } finally {
      await server.close();
    }
  });
});

describe('vite preview', () => {
  it('says to build first when there is no build', async () => {
    const root = projectCopy('');
    const started = preview({ root, logLevel: 'silent', preview: { port: 0 } });
    await expect(started).rejects.toThrow(
      `Nothing to preview: ${path.join(root, 'dist')} holds no build. Run \`npm run build\` first.`,
    );
  });
});
