import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Font, type FontEditor } from 'fonteditor-core';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { DECK_FACE_FILE, STATUS_JA } from '../model/japanese-words.ts';

/** The face's family, as pages name it. */
const JAPANESE_FAMILY = 'Noto Serif JP';

const require = createRequire(import.meta.url);

/** One of Fontsource's slices of the face: a woff2 file and the code points it covers. */
interface Slice {
  readonly file: string;
  readonly ranges: readonly (readonly [number, number])[];
}

/** Fontsource cuts the face into about 120 files by unicode-range; its stylesheet says which file holds what. */
async function slices(): Promise<Slice[]> {
  const css = require.resolve('@fontsource/noto-serif-jp/400.css');
  const text = await readFile(css, 'utf8');
  return [...text.matchAll(/url\(\.\/files\/([\w-]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)].map((match) => ({
    file: path.join(path.dirname(css), 'files', match[1] ?? ''),
    ranges: (match[2] ?? '').split(',').map((range) => {
      const [start = '0', end = start] = range.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(start, 16), Number.parseInt(end, 16)] as const;
    }),
  }));
}

/** The code points of `text` that a face must draw (not controls). */
function codePoints(text: string): Set<number> {
  return new Set(Array.from(text, (character) => character.codePointAt(0) ?? 0).filter((code) => code >= 0x20));
}

/**
 * Noto Serif JP (400) cut down to the glyphs of `text`, as woff2. Fontsource ships the face in about 120 slices: each
 * slice is cut down (harfbuzz, by subset-font), the pieces merged into one font (fonteditor-core) and cut once more,
 * into woff2. One font rather than one a slice: each file repeats its tables (about 900 bytes), and a page's few
 * thousand characters of Japanese touch some 40 slices.
 */
export async function japaneseFace(text: string): Promise<Buffer> {
  const wanted = codePoints(text);
  let merged: FontEditor.Font | undefined;
  for (const slice of await slices()) {
    const used = [...wanted].filter((code) => slice.ranges.some(([start, end]) => code >= start && code <= end));
    if (used.length === 0) continue;
    for (const code of used) wanted.delete(code);
    const piece = await subsetFont(await readFile(slice.file), String.fromCodePoint(...used), {
      targetFormat: 'sfnt',
      noLayoutClosure: true,
    });
    const font = Font.create(piece, { type: 'ttf', hinting: false });
    merged = merged === undefined ? font : merged.merge(font, { scale: 1 });
  }
  if (merged === undefined) throw new Error(`${JAPANESE_FAMILY} has none of the characters asked for.`);
  const whole = merged.write({ type: 'ttf', hinting: false, toBuffer: true });
  return subsetFont(whole, text, { targetFormat: 'woff2', noLayoutClosure: true });
}

/** The `@font-face` rule of the Japanese face for `text`, the font inlined: pages stay whole and offline. */
async function japaneseFaceCss(text: string): Promise<string> {
  const base64 = (await japaneseFace(text)).toString('base64');
  return (
    `@font-face{font-family:'${JAPANESE_FAMILY}';font-style:normal;font-weight:400;font-display:swap;` +
    `src:url(data:font/woff2;base64,${base64}) format('woff2')}`
  );
}

/**
 * Where a page asks for the Japanese face: read.html, handout.html and follow.html; the deck never, for its first-load
 * budget. `<!--speech-deck:japanese-face+follow-status-->` also asks for the words the page's script writes.
 */
const JAPANESE_FACE_MARKER = /<!--speech-deck:japanese-face(?:\+([\w-]+))?-->/;

/** The words pages' scripts write in Japanese, by the name a marker asks for them: markup alone does not show them. */
const SCRIPT_WORDS: Readonly<Record<string, string>> = {
  // And the digits and colon of the talk time the status line shows ("講演時間 1:05").
  'follow-status': `${Object.values(STATUS_JA).join('')}0123456789:`,
};

/** What renderers write around the translation's words in Japanese text: numbers ("1. " before a recommendation). */
const AROUND_THE_WORDS = '0123456789. ';

const faces = new Map<string, Promise<string>>();

/**
 * Fills the page's marker with a `<style>` holding the face cut to the page's own characters beyond ASCII (its
 * Japanese, and the punctuation around it) and the translation's every character (its Latin words too), so that
 * every character the page shows in Japanese is the face's. Faces are kept by their characters: pages that show the
 * same text share one subsetting.
 */
export async function withJapaneseFace(html: string, translationText: string): Promise<string> {
  const marker = JAPANESE_FACE_MARKER.exec(html);
  if (marker === null) return html;
  const scriptWords = marker[1] === undefined ? '' : SCRIPT_WORDS[marker[1]];
  if (scriptWords === undefined) throw new Error(`${marker[0]} asks for words the face does not know of.`);
  const beyondAscii = Array.from(html)
    .filter((character) => (character.codePointAt(0) ?? 0) > 0x7f)
    .join('');
  const characters = Array.from(new Set(Array.from(translationText + beyondAscii + scriptWords + AROUND_THE_WORDS)))
    .sort()
    .join('');
  let css = faces.get(characters);
  if (css === undefined) {
    if (faces.size > 8) faces.clear(); // under `vite dev`, one a saved edit of the text
    css = japaneseFaceCss(characters);
    faces.set(characters, css);
  }
  const style = `<style>${await css}</style>`;
  return html.replace(JAPANESE_FACE_MARKER, () => style);
}

/** The texts of the deck's J headlines, as render.ts writes them (`<p class="headline-ja" lang="ja">…</p>`). */
function deckHeadlines(html: string): string {
  const texts = [...html.matchAll(/<p class="headline-ja"[^>]*>([^<]*)<\/p>/g)].map((match) => match[1] ?? '');
  const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return texts.join('').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name] ?? '');
}

/** The deck's corner label while the headlines show (deck-ja.css): drawn in the same face. */
const DECK_LABEL = '仮訳';

/**
 * Writes the deck's Japanese face beside it: Noto Serif JP cut to the J headlines (about 40 KB), a file of its own
 * that the deck fetches when J is first pressed (src/client/japanese-headlines.ts), so that the deck's first load
 * does not carry it. A deck built without the headlines gets none.
 */
export function deckJapaneseFace(): Plugin {
  return {
    name: 'speech-deck:deck-japanese-face',
    apply: 'build',
    // After Vite has written the pages into the bundle.
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const deck = bundle['index.html'];
        if (deck?.type !== 'asset' || typeof deck.source !== 'string') return;
        const headlines = deckHeadlines(deck.source);
        if (headlines === '') return;
        const source = await japaneseFace(headlines + DECK_LABEL);
        this.emitFile({ type: 'asset', fileName: DECK_FACE_FILE, source });
      },
    },
  };
}
