import type PptxGenJS from 'pptxgenjs';
import { SLIDE_SIZE } from '../../model/slide-size.ts';
import type { IconName } from '../../model/types.ts';
import { iconDataUrl } from './icons.ts';
import type { Mark } from './marks.ts';
import type { PptxTheme } from './theme.ts';

// Each slide drawn as the deck lays it out (src/client/theme/deck/*.css), in the deck's own pixels: 1920x1080, so
// that every size here reads as the stylesheet's. PowerPoint's wide layout is 13.333 x 7.5 inches: 144 pixels an
// inch, and a pixel is half a point.

const PX_PER_INCH = SLIDE_SIZE.width / 13.333;
const inches = (px: number) => px / PX_PER_INCH;
export const points = (px: number) => px / 2;

/** The master every slide uses: its title placeholder (read by PowerPoint's outline and screen readers). */
export const MASTER = 'Speech';
export const TITLE = 'title';
/** The key of the title's marks: the one shape a slide has in its title placeholder. */
export const TITLE_MARK = '#title';

/** The frame's margins (tokens.css: --margin-side, --margin-top, --margin-bottom). */
export const MARGIN = { side: 144, top: 144, bottom: 232 } as const;
export const FRAME_WIDTH = SLIDE_SIZE.width - 2 * MARGIN.side;

/** The slide number at the bottom right, as the deck's (theme/deck/chrome.css, print.css). */
export const SLIDE_NUMBER = { x: SLIDE_SIZE.width - MARGIN.side - 200, y: SLIDE_SIZE.height - 32 - 40, w: 200, h: 40 };

/** How far down a slide's parts may reach when they outgrow the frame: clear of the slide number. */
const LOWEST = SLIDE_NUMBER.y - 24;

/** Headings are set a little tight, as the deck's (letter-spacing: -0.015em). */
export const HEADING_TRACKING = -0.015;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const at = (box: Box) => ({ x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) });

/** A Japanese text's unbreakable parts: each Latin word whole, any other character alone. */
const japaneseParts = (text: string) => text.match(/[\x21-\x7e]+|./gsu) ?? [];

/** A slide being drawn: pptxgenjs's slide, the theme, and the marks its shapes need (marks.ts). */
export class Canvas {
  readonly marks = new Map<string, Mark>();
  private count = 0;

  constructor(
    readonly slide: PptxGenJS.Slide,
    readonly theme: PptxTheme,
    readonly lang: string,
    /** When the slides show the translation's headlines: its language as PowerPoint names it ("ja-JP"), its label. */
    readonly translation?: { readonly lang: string; readonly label: string },
  ) {}

  /** A text's width on one line at `size`, in pixels; `tracking` in ems between letters (negative: tighter). */
  width(text: string, size: number, tracking = 0): number {
    return (this.theme.measure(text) + tracking * text.length) * size;
  }

  /** Lines a text takes in a box `width` wide at `size`, wrapped at spaces as PowerPoint wraps it. */
  lines(text: string, size: number, width: number, tracking = 0): number {
    let lines = 1;
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const longer = line === '' ? word : `${line} ${word}`;
      if (line === '' || this.width(longer, size, tracking) <= width) line = longer;
      else {
        lines += 1;
        line = word;
      }
    }
    return lines;
  }

  /**
   * A Japanese text's width on one line at `size`, in pixels: a full-width character is an em, as in any Japanese
   * face; Latin (JICA, 30) is measured in the deck's face.
   */
  japaneseWidth(text: string, size: number, tracking = 0): number {
    return japaneseParts(text).reduce((sum, part) => sum + this.japanesePart(part, size, tracking), 0);
  }

  /**
   * Lines a Japanese text takes in a box `width` wide at `size`: PowerPoint breaks it between any two characters, a
   * Latin word kept whole. Each line is filled to an em short of the width, since Japanese rules may carry a
   * character over (no 、 or 。 starts a line).
   */
  japaneseLines(text: string, size: number, width: number, tracking = 0): number {
    let lines = 1;
    let line = 0;
    for (const part of japaneseParts(text)) {
      const wide = this.japanesePart(part, size, tracking);
      if (line > 0 && line + wide > width - size) {
        lines += 1;
        line = 0;
      }
      line += wide;
    }
    return lines;
  }

  private japanesePart(part: string, size: number, tracking: number): number {
    const characters = Array.from(part).length;
    const ems = /^[\x20-\x7e]+$/.test(part) ? this.theme.measure(part) : characters;
    return (ems + tracking * characters) * size;
  }

  /** A name unique on the slide, as PowerPoint's selection pane lists it, with what the package's step must add. */
  name(what: string, mark?: Mark): string {
    this.count += 1;
    const name = `${what} ${this.count}`;
    if (mark) this.marks.set(name, mark);
    return name;
  }

  rect(box: Box, colour: string, what: string, mark: Mark = { decorative: true }): void {
    this.slide.addShape('rect', { ...at(box), fill: { color: colour }, objectName: this.name(what, mark) });
  }

  /** A dot: filled, and/or a ring `ring` pixels wide (0: none). */
  dot(box: Box, colour: string, fill: string | undefined, ring: number, what: string, mark?: Mark): void {
    this.slide.addShape('ellipse', {
      ...at(box),
      ...(fill === undefined ? {} : { fill: { color: fill } }),
      ...(ring > 0 ? { line: { color: colour, width: points(ring) } } : {}),
      objectName: this.name(what, mark ?? { decorative: true }),
    });
  }

  text(
    runs: string | PptxGenJS.TextProps[],
    box: Box,
    style: { size: number; colour: string; lineHeight?: number; align?: 'left' | 'center' | 'right' },
    what: string,
    options: {
      mark?: Mark;
      title?: boolean;
      valign?: 'top' | 'middle' | 'bottom';
      spacing?: number;
      /** Another language and face than the slide's English (the Japanese headline). */
      lang?: string;
      face?: string;
      /** A rounded frame round the text: its line's width and its corners' radius. */
      frame?: { width: number; radius: number };
    } = {},
  ): void {
    this.slide.addText(runs, {
      ...at(box),
      ...(options.title ? { placeholder: TITLE } : { isTextBox: true }),
      ...(options.frame
        ? {
            shape: 'roundRect' as const,
            line: { color: style.colour, width: points(options.frame.width) },
            rectRadius: inches(options.frame.radius),
          }
        : {}),
      fontFace: options.face ?? this.theme.face,
      fontSize: points(style.size),
      color: style.colour,
      align: style.align ?? 'left',
      valign: options.valign ?? 'top',
      margin: 0,
      // Exact line spacing, as CSS's line-height: the same in any face, so the measured heights hold.
      lineSpacing: points(style.size * (style.lineHeight ?? 1.2)),
      charSpacing: points(options.spacing ?? (options.title ? HEADING_TRACKING * style.size : 0)),
      lang: options.lang ?? this.lang,
      fit: 'none',
      objectName: this.name(what, options.title ? undefined : options.mark),
    });
    // pptxgenjs names a placeholder itself: its marks go by its being the title.
    if (options.title && options.mark) this.marks.set(TITLE_MARK, options.mark);
  }

  icon(name: IconName, box: Box, colour: string, strokeWidth: number, decorative: boolean): void {
    const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    this.slide.addImage({
      data: iconDataUrl(name, colour, strokeWidth),
      ...at(box),
      altText: `Icon: ${words}`,
      objectName: this.name('Icon', decorative ? { decorative: true } : {}),
    });
  }
}

/** What a slide stacks down its frame, each with its height, drawn once the stack is centred. */
export interface Block {
  readonly height: number;
  readonly draw: (top: number) => void;
}

/**
 * Draws the blocks with `gap` between them, centred in the frame (its top and bottom padding) as the deck's flex
 * column centres them. Blocks taller than the frame start at its top and run into the bottom margin; should they
 * reach the slide number (a Japanese headline under a long slide), the gaps close up so that they stop above it.
 */
export function stack(
  blocks: readonly Block[],
  gap: number,
  frame: { readonly top: number; readonly bottom: number } = MARGIN,
): void {
  const content = blocks.reduce((sum, block) => sum + block.height, 0);
  const gaps = Math.max(1, blocks.length - 1);
  // Rather than draw over the slide number or off the slide: a text too long for any slide, to shorten.
  if (content > LOWEST - frame.top) {
    throw new Error(`A slide's parts are ${Math.round(content)}px high, more than its ${LOWEST - frame.top}px.`);
  }
  const between = Math.min(gap, (LOWEST - frame.top - content) / gaps);
  const total = content + between * (blocks.length - 1);
  const room = SLIDE_SIZE.height - frame.top - frame.bottom;
  let top = frame.top + Math.max(0, (room - total) / 2);
  for (const block of blocks) {
    block.draw(top);
    top += block.height + between;
  }
}
