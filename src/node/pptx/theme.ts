import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadMeasure, type Measure } from './measure.ts';

// The deck's design as the PowerPoint file takes it: colours from the palette, the face and the type scale from the
// deck's tokens, read from the stylesheets where they are declared once (as the favicon reads its colour).

/** The palette's stylesheet and the deck's tokens (face, type scale), relative to the project. */
const THEME_FILES = {
  palette: 'src/client/theme/palette.css',
  tokens: 'src/client/theme/deck/tokens.css',
  font: 'src/client/theme/font.css',
} as const;

const COLOURS = ['paper', 'ink', 'ink-soft', 'accent', 'accent-wash', 'rule', 'gold', 'gold-wash'] as const;
const SIZES = ['text-label', 'text-read', 'text-point', 'text-headline', 'text-statement', 'text-display'] as const;

type Colour = (typeof COLOURS)[number];
type Size = (typeof SIZES)[number];

export interface PptxTheme {
  /** Each palette colour as PowerPoint writes it: six hex digits, upper case, no `#`. */
  readonly colours: Readonly<Record<Colour, string>>;
  /** The type scale in pixels of the 1920x1080 slide. */
  readonly sizes: Readonly<Record<Size, number>>;
  /** The deck's face, the first in `--font`. */
  readonly face: string;
  /** The next face in `--font`: the one the deck falls back on, named in the docs and the file's font information. */
  readonly fallbackFace: string;
  /** A text's width in the face, in ems. */
  readonly measure: Measure;
}

/** A stylesheet that lacks a declaration the export needs: one line, naming the file and the declaration. */
export class ThemeError extends Error {
  override name = 'ThemeError';
}

function declaration(css: string, file: string, name: string, pattern: string): string {
  const value = new RegExp(`(?:^|[\\s;{])--${name}:\\s*(${pattern})\\s*;`, 'i').exec(css)?.[1];
  if (value === undefined)
    throw new ThemeError(`${file} declares no --${name}; restore it (the PowerPoint export reads it).`);
  return value;
}

/** `#fff` and `#FBFAF7` as PowerPoint's `FFFFFF` and `FBFAF7`. */
function hexColour(value: string): string {
  const digits = value.slice(1).toUpperCase();
  return digits.length === 3 ? digits.replace(/./g, '$&$&') : digits;
}

/** The families of a `font-family` list, unquoted. */
function families(list: string): string[] {
  return list.split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, ''));
}

/** Reads the palette and the tokens from the project's stylesheets. */
export async function loadTheme(root: string): Promise<PptxTheme> {
  const [palette, tokens] = await Promise.all(
    [THEME_FILES.palette, THEME_FILES.tokens].map((file) => readFile(path.resolve(root, file), 'utf8')),
  );
  const colours = Object.fromEntries(
    COLOURS.map((name) => [
      name,
      hexColour(declaration(palette ?? '', THEME_FILES.palette, name, '#[0-9a-f]{3}|#[0-9a-f]{6}')),
    ]),
  ) as Record<Colour, string>;
  const sizes = Object.fromEntries(
    SIZES.map((name) => [name, Number.parseFloat(declaration(tokens ?? '', THEME_FILES.tokens, name, '[0-9.]+px'))]),
  ) as Record<Size, number>;
  const [face = '', fallbackFace = ''] = families(declaration(tokens ?? '', THEME_FILES.tokens, 'font', '[^;]+'));
  const measure = await loadMeasure(path.resolve(root, THEME_FILES.font));
  return { colours, sizes, face, fallbackFace, measure };
}
