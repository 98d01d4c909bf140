import { Resvg } from '@resvg/resvg-js';
import { iconSvg } from '../../model/icons.ts';
import type { IconName } from '../../model/types.ts';

/**
 * An icon of the deck's set as an SVG picture in one colour, drawn with the deck's stroke, as a data URL for the
 * slide. PowerPoint 365 draws the SVG itself; other clients draw the PNG beside it (pngFallback).
 */
export function iconDataUrl(name: IconName, colour: string, strokeWidth: number): string {
  const svg = iconSvg(name)
    .replace(' aria-hidden="true" focusable="false"', '')
    .replace(/ class="[^"]*"/, ' width="24" height="24"')
    .replace('stroke="currentColor"', `stroke="#${colour}"`)
    .replace(/stroke-width="[^"]*"/, `stroke-width="${strokeWidth}"`);
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** Pixels a side of an icon's PNG: sharp at the largest size a slide shows one (168px), on a 4K screen. */
const FALLBACK_SIZE = 512;

/**
 * The PNG a client without SVG support shows (LibreOffice 7, PowerPoint before 2016): the SVG drawn by resvg, with
 * a transparent ground. pptxgenjs cannot draw it in Node, so the package's step (package.ts) puts it in.
 */
export function pngFallback(svg: Uint8Array): Uint8Array {
  return new Resvg(Buffer.from(svg), { fitTo: { mode: 'width', value: FALLBACK_SIZE } }).render().asPng();
}
