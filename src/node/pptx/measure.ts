import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { Font } from 'fonteditor-core';

// PowerPoint lays out text when it draws it; the export must know beforehand how many lines a headline takes, to
// stack a slide's parts as the deck does. So it measures with the deck's own face: the advance of each character.

/** The width of a text set in the face, in ems. */
export type Measure = (text: string) => number;

/** A little room beyond the face's own advances, for rounding; a wider stand-in face is met by anchoring (canvas.ts). */
const SLACK = 1.02;

/** The woff of the face that the deck's stylesheet (theme/font.css) loads, read from its npm package. */
export async function loadMeasure(fontCss: string): Promise<Measure> {
  const css = await readFile(fontCss, 'utf8');
  const source = /url\(['"]?([^'")]+)\.woff2['"]?\)/.exec(css)?.[1];
  if (source === undefined) throw new Error(`${fontCss} names no .woff2 file for the deck's face.`);
  const file = createRequire(fontCss).resolve(`${source}.woff`);
  const font = Font.create(await readFile(file), {
    type: 'woff',
    inflate: (data: number[]) => Array.from(inflateSync(Buffer.from(data))),
  }).get();
  const em = font.head.unitsPerEm ?? 1000;
  const advances = new Map<number, number>();
  for (const [code, glyph] of Object.entries(font.cmap)) {
    advances.set(Number(code), (font.glyf[glyph]?.advanceWidth ?? em / 2) / em);
  }
  return (text) => {
    let width = 0;
    for (const character of text) width += advances.get(character.codePointAt(0) ?? 0) ?? 0.6;
    return width * SLACK;
  };
}
