import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speech } from '../../slides/speech.ts';
import { deckSlides } from '../../src/deck/deck.ts';
import { speechDeck } from '../../src/node/vite-plugin.ts';
import { buildDeck } from '../../src/node/serve.ts';

/** The most the first load may weigh, gzipped: HTML, JS, CSS and the fonts the CSS loads. */
const FIRST_LOAD_BUDGET = 90 * 1024;
const ROOT = path.resolve(import.meta.dirname, '../..');

let outDir = '';
let html = '';

beforeAll(async () => {
  outDir = await buildDeck(mkdtempSync(path.join(tmpdir(), 'deck-build-')), ROOT);
  html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
}, 60_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

/**
 * Files the deck loads on a first visit: scripts, preloads and stylesheets in the HTML, the fonts in that CSS, and
 * every script chunk (the speaker view's too, though it loads only when opened: the budget stays on the safe side).
 */
function firstLoadFiles(): string[] {
  const fromHtml = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\.\/assets\/[^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  const chunks = readdirSync(path.join(outDir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `./assets/${file}`)
    .filter((file) => !fromHtml.includes(file));
  const css = fromHtml.filter((file) => file.endsWith('.css'));
  const fonts = css.flatMap((file) =>
    [...readFileSync(path.join(outDir, file), 'utf8').matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)].map((match) =>
      path.posix.join(path.posix.dirname(file), match[1] ?? ''),
    ),
  );
  return [...fromHtml, ...chunks, ...fonts];
}

describe('the production build', () => {
  it('holds every slide and every note in the served HTML, before any script runs', () => {
    for (const slide of deckSlides(speech)) {
      expect(html, slide.id).toContain(`<section id="${slide.id}"`);
    }
    expect(html.match(/<aside class="notes">/g)).toHaveLength(deckSlides(speech).length - 1);
    expect(html).toContain('<title>Statement of Mr. Atul Khare');
  });

  it('uses relative asset URLs, so it works from any path of a static host', () => {
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url, url).toMatch(/^(\.\/|data:|#)/);
  });

  it('asks nothing of any other host', () => {
    const texts = firstLoadFiles()
      .filter((file) => !file.endsWith('.woff2'))
      .map((file) => readFileSync(path.join(outDir, file), 'utf8'));
    for (const text of [html, ...texts]) {
      expect(text).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//);
      expect(text).not.toMatch(/url\(["']?(?:https?:)?\/\//);
      expect(text).not.toMatch(/@import\s+["']?(?:url\()?["']?(?:https?:)?\/\//);
    }
  });

  it(`keeps the whole first load within ${FIRST_LOAD_BUDGET / 1024} KB gzipped`, () => {
    const files = firstLoadFiles();
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    expect(files.some((file) => file.endsWith('.css'))).toBe(true);
    expect(files.some((file) => file.endsWith('.woff2'))).toBe(true);
    // woff2 is compressed already and is served as it is; text is counted as a server would send it, gzipped.
    const bytes = (file: string) => {
      const content = readFileSync(path.join(outDir, file));
      return file.endsWith('.woff2') ? content.length : gzipSync(content, { level: 9 }).length;
    };
    const total = gzipSync(html, { level: 9 }).length + files.reduce((sum, file) => sum + bytes(file), 0);
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });
});

describe('a malformed outline', () => {
  it('fails the build with a message that names the slide and the field', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'deck-broken-'));
    try {
      mkdirSync(path.join(root, 'slides'));
      copyFileSync(path.join(ROOT, 'index.html'), path.join(root, 'index.html'));
      const real = path.join(ROOT, 'slides/speech.ts');
      writeFileSync(
        path.join(root, 'slides/speech.ts'),
        `import { speech as real } from ${JSON.stringify(real)};\n` +
          'export const speech = { ...real, titleBlock: { ...real.titleBlock, date: "2022-02-30" } };\n',
      );
      const broken = build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [speechDeck({ outline: 'slides/speech.ts' })],
        build: { outDir: path.join(root, 'dist'), write: false },
      });
      await expect(broken).rejects.toThrow('slide "title", field "titleBlock.date"');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
