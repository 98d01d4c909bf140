import { Font, woff2 } from 'fonteditor-core';
import { describe, expect, it } from 'vitest';
import { translation } from '../../../slides/translations/ja.ts';
import { translationText } from '../../../src/model/translation.ts';
import { japaneseFace, withJapaneseFace } from '../../../src/node/japanese-face.ts';

/** The code points a woff2 font maps to glyphs: what it can draw. */
async function cmap(font: Buffer): Promise<Set<number>> {
  await woff2.init();
  const ttf = Font.create(Buffer.from(woff2.decode(font)), { type: 'ttf' });
  return new Set(Object.keys(ttf.get().cmap).map(Number));
}

const text = translationText(translation);

describe('the Japanese face, cut to the translation', () => {
  it('draws every character of the translation, and is small enough to inline', async () => {
    const face = await japaneseFace(text);
    const drawn = await cmap(face);
    const missing = Array.from(new Set(Array.from(text))).filter(
      (character) => character.trim() !== '' && !drawn.has(character.codePointAt(0) ?? 0),
    );
    expect(missing).toEqual([]);
    // Some 560 characters: a few hundred glyphs of a serif face, well under the reading view's 150 KB.
    expect(face.length).toBeLessThan(110 * 1024);
    // And no more than asked: the whole face has some 17,000 glyphs.
    expect(drawn.size).toBeLessThan(new Set(text).size + 10);
  }, 60_000);

  it("fills only the pages that ask for it, with the face inlined, adding the page's own characters", async () => {
    expect(await withJapaneseFace('<p>No face</p>', 'あ')).toBe('<p>No face</p>');
    const page = await withJapaneseFace('<head><!--speech-deck:japanese-face--></head><p>日本語</p>', 'あ');
    expect(page).toMatch(/^<head><style>@font-face\{font-family:'Noto Serif JP';[^<]*data:font\/woff2;base64,/);
    const base64 = /base64,([^)]+)\)/.exec(page)?.[1] ?? '';
    const drawn = await cmap(Buffer.from(base64, 'base64'));
    for (const character of 'あ日本語') expect(drawn.has(character.codePointAt(0) ?? 0), character).toBe(true);
  }, 60_000);
});
