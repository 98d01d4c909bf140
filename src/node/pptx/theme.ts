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
  japanese: 'src/client/theme/deck-ja.css',
  japaneseText: 'src/client/theme/font-ja.css',
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
  /** The Japanese headline under the English, as the deck shows it on J. */
  readonly japanese: JapaneseHeadlineStyle;
}

/** The deck's Japanese headline (deck-ja.css `.headline-ja`, font-ja.css `:lang(ja)`), in the slide's pixels. */
interface JapaneseHeadlineStyle {
  /** The first family of its `font-family`: the deck's Japanese face. */
  readonly face: string;
  readonly size: number;
  readonly colour: string;
  readonly lineHeight: number;
  /** Its margin above and below. */
  readonly above: number;
  readonly below: number;
  /** Between letters, in ems. */
  readonly tracking: number;
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

/** A property's value in the first rule of `selector` (written as in the file) in a stylesheet. */
function property(css: string, file: string, selector: string, name: string): string {
  const body = new RegExp(`(?:^|[}\\s])${escapeRegExp(selector)}\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  const value = body === undefined ? undefined : new RegExp(`(?:^|[\\s;])${name}:\\s*([^;]+);`).exec(body)?.[1];
  if (value === undefined) {
    throw new ThemeError(`${file} gives ${selector} no ${name}; restore it (the PowerPoint export reads it).`);
  }
  return value.trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `var(--name)` as `name`, one of `names`. */
function variable<T extends string>(value: string, file: string, names: readonly T[]): T {
  const name = names.find((each) => value === `var(--${each})`);
  if (name === undefined)
    throw new ThemeError(`${file}: "${value}" is none of ${names.map((each) => `--${each}`).join(', ')}.`);
  return name;
}

/** The Japanese headline's face, size, colour and spacing, as the deck's stylesheets set them. */
function japaneseStyle(
  css: string,
  textCss: string,
  colours: Readonly<Record<Colour, string>>,
  sizes: Readonly<Record<Size, number>>,
): JapaneseHeadlineStyle {
  const file = THEME_FILES.japanese;
  const rule = '.reveal .headline-ja';
  const size = sizes[variable(property(css, file, rule, 'font-size'), file, SIZES)];
  // The margin's shorthand, in ems: top, then (with three or four values) bottom.
  const margin = property(css, file, rule, 'margin')
    .split(/\s+/)
    .map((value) => Number.parseFloat(value) * size);
  const [face = ''] = families(property(css, file, rule, 'font-family'));
  return {
    face,
    size,
    colour: colours[variable(property(css, file, rule, 'color'), file, COLOURS)],
    lineHeight: Number.parseFloat(property(css, file, rule, 'line-height')),
    above: margin[0] ?? 0,
    below: margin[2] ?? margin[0] ?? 0,
    tracking: Number.parseFloat(property(textCss, THEME_FILES.japaneseText, ':lang(ja)', 'letter-spacing')),
  };
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
  const [palette, tokens, japanese, japaneseText] = await Promise.all(
    [THEME_FILES.palette, THEME_FILES.tokens, THEME_FILES.japanese, THEME_FILES.japaneseText].map((file) =>
      readFile(path.resolve(root, file), 'utf8'),
    ),
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
  return {
    colours,
    sizes,
    face,
    fallbackFace,
    measure,
    japanese: japaneseStyle(japanese ?? '', japaneseText ?? '', colours, sizes),
  };
}
