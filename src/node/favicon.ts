import { readFile } from 'node:fs/promises';
import { iconSvg } from '../model/icons.ts';

/** The theme's `--accent` colour, read from its stylesheet so that the colour is defined in one place. */
export async function themeAccent(stylesheet: string): Promise<string> {
  const css = await readFile(stylesheet, 'utf8');
  const accent = /(?:^|[\s;{])--accent:\s*(#[0-9a-f]{3,8})\s*;/i.exec(css)?.[1];
  if (accent === undefined) throw new Error(`${stylesheet} declares no --accent colour (as --accent: #rrggbb;).`);
  return accent;
}

/** The favicon: an icon from the deck's icon set in the theme's accent colour, inlined so it costs no request. */
export function faviconHref(accent: string): string {
  const svg = iconSvg('Globe', 'favicon').replace('stroke="currentColor"', `stroke="${accent}"`);
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
