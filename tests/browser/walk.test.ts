import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countWords } from '../../src/deck/timing.ts';
import { SCREEN_WORD_BUDGET } from '../../src/deck/screen.ts';
import { openDeck, PROJECTOR, SCREENSHOT_DIR, slides, useDeck } from './harness.ts';

/** The smallest text the back of the hall can read, in CSS pixels on a 1080p screen. */
const MIN_TEXT_PX = 32;
/** The deck's promise for text against its background, stricter than WCAG's for large text. */
const MIN_CONTRAST = 7;
/** Sub-pixel layout rounding is not overflow. */
const TOLERANCE_PX = 1;
/** The walk's pictures, NN-<id>.png; only these are replaced in the folder. */
const SCREENSHOT_FILE = /^\d{2,}-.+\.png$/;

interface Text {
  readonly text: string;
  /** Font size on screen: the computed size times reveal's scale. */
  readonly px: number;
  /** Computed colours, `rgb(…)`: the text's, and that of the nearest ancestor that paints a background. */
  readonly color: string;
  readonly background: string;
}

interface BuiltSlide {
  readonly id: string;
  /** Visible elements and text that reach outside the slide frame, described. */
  readonly outside: readonly string[];
  readonly texts: readonly Text[];
}

/** Runs in the page: the current slide, fully built, as the audience sees it (speaker notes excluded). */
function measureCurrentSlide(tolerance: number): BuiltSlide {
  const deck = window.Reveal;
  const slide = deck.getCurrentSlide();
  const frame = deck.getSlidesElement()?.getBoundingClientRect();
  if (frame === undefined) throw new Error('reveal.js has no .slides element');
  const scale = deck.getScale();
  const seen = { opacityProperty: true, visibilityProperty: true };
  const box = (rect: DOMRect) =>
    `[${Math.round(rect.left)}, ${Math.round(rect.top)}, ${Math.round(rect.right)}, ${Math.round(rect.bottom)}]`;
  const isOutside = (rect: DOMRect) =>
    rect.left < frame.left - tolerance ||
    rect.top < frame.top - tolerance ||
    rect.right > frame.right + tolerance ||
    rect.bottom > frame.bottom + tolerance;
  const outside: string[] = [];
  for (const element of [slide, ...slide.querySelectorAll('*')]) {
    const rect = element.getBoundingClientRect();
    if (element.closest('aside.notes') || rect.width * rect.height === 0 || !element.checkVisibility(seen)) continue;
    const name = element.tagName.toLowerCase() + [...element.classList].map((name) => `.${name}`).join('');
    if (isOutside(rect)) outside.push(`${name} at ${box(rect)} outside the frame ${box(frame)}`);
  }
  const backgroundOf = (element: Element | null): string => {
    for (let at = element; at !== null; at = at.parentElement) {
      const color = getComputedStyle(at).backgroundColor;
      if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
    }
    return 'rgb(255, 255, 255)';
  };
  const texts: Text[] = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent?.trim() ?? '';
    if (parent === null || text === '' || parent.closest('aside.notes') || !parent.checkVisibility(seen)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (rect.width * rect.height === 0) continue;
    // Text can overflow a box that itself fits; its own rectangle says where it is drawn.
    if (isOutside(rect)) outside.push(`text "${text}" at ${box(rect)} outside the frame ${box(frame)}`);
    const style = getComputedStyle(parent);
    texts.push({
      text,
      px: Number.parseFloat(style.fontSize) * scale,
      color: style.color,
      background: backgroundOf(parent),
    });
  }
  return { id: slide.id, outside, texts };
}

/** WCAG 2 contrast ratio of two opaque `rgb(r, g, b)` colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

function screenshotName(number: number, id: string): string {
  return `${String(number).padStart(2, '0')}-${id}.png`;
}

describe('walking the deck with the keyboard at 1920x1080', () => {
  const session = useDeck({ viewport: PROJECTOR });
  const built: BuiltSlide[] = [];
  let totalSlides = 0;

  beforeAll(async () => {
    const { page } = session;
    // No transition, so each key press is final at once and nothing waits on animation.
    await openDeck(page, { search: '?transition=none' });
    // Pictures of slides since renamed or removed would mislead whoever looks through the folder.
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    for (const file of await readdir(SCREENSHOT_DIR)) {
      if (SCREENSHOT_FILE.test(file)) await rm(path.join(SCREENSHOT_DIR, file));
    }
    const counts = await page.evaluate(() => ({
      slides: window.Reveal.getTotalSlides(),
      fragments: document.querySelectorAll('.reveal .slides .fragment').length,
    }));
    totalSlides = counts.slides;
    // Every key press shows a fragment or moves on a slide, so more presses than this means the deck is stuck.
    const maxPresses = counts.slides + counts.fragments;
    for (let presses = 0; ; presses += 1) {
      const state = await page.evaluate(() => ({
        indices: JSON.stringify(window.Reveal.getIndices()),
        fullyBuilt: !window.Reveal.availableFragments().next,
        last: window.Reveal.isLastSlide(),
      }));
      if (state.fullyBuilt) {
        const slide = await page.evaluate(measureCurrentSlide, TOLERANCE_PX);
        built.push(slide);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, screenshotName(built.length, slide.id)) });
        if (state.last) break;
      }
      if (presses === maxPresses) {
        throw new Error(`The walk was still not on the last slide after ${presses} key presses.`);
      }
      // Both of reveal.js's keys for "next", in turn.
      await page.keyboard.press(presses % 2 === 0 ? 'ArrowRight' : 'Space');
      await page.waitForFunction((before) => JSON.stringify(window.Reveal.getIndices()) !== before, state.indices);
    }
  });

  it('reaches every slide of the outline in order, as many as reveal.js counts', () => {
    expect(built.map((slide) => slide.id)).toEqual(slides.map((slide) => slide.id));
    expect(built).toHaveLength(totalSlides);
  });

  it('keeps every visible element inside the slide frame', () => {
    expect(built.flatMap((slide) => slide.outside.map((problem) => `${slide.id}: ${problem}`))).toEqual([]);
  });

  it(`shows no text smaller than ${MIN_TEXT_PX}px on screen`, () => {
    const tooSmall = built.flatMap((slide) =>
      slide.texts
        .filter((text) => text.px < MIN_TEXT_PX)
        .map((text) => `${slide.id}: "${text.text}" at ${text.px.toFixed(1)}px`),
    );
    expect(tooSmall).toEqual([]);
  });

  it(`gives all text a contrast of at least ${MIN_CONTRAST}:1 against its background`, () => {
    const faint = built.flatMap((slide) =>
      slide.texts
        .map((text) => ({ ...text, ratio: contrast(text.color, text.background) }))
        .filter((text) => text.ratio < MIN_CONTRAST)
        .map((text) => `${slide.id}: "${text.text}" ${text.color} on ${text.background} is ${text.ratio.toFixed(2)}:1`),
    );
    expect(faint).toEqual([]);
  });

  it("keeps each slide's visible words within its budget", () => {
    const words = built.map((slide, index) => ({
      id: slide.id,
      words: countWords(slide.texts.map((text) => text.text).join(' ')),
      budget: slides[index]?.wordBudget?.maxWords ?? SCREEN_WORD_BUDGET,
    }));
    expect(words.filter(({ words, budget }) => words > budget)).toEqual([]);
    // A slide whose text the walk did not see would pass any budget.
    expect(words.filter(({ words }) => words === 0)).toEqual([]);
  });

  it('leaves a 1920x1080 screenshot of every slide in screenshots/', async () => {
    const expected = slides.map((slide) => screenshotName(slide.number, slide.id));
    const written = (await readdir(SCREENSHOT_DIR)).filter((file) => SCREENSHOT_FILE.test(file)).sort();
    expect(written).toEqual([...expected].sort());
    for (const file of expected) {
      const png = await readFile(path.join(SCREENSHOT_DIR, file));
      // A PNG's IHDR chunk holds its width and height, big-endian, at bytes 16 and 20.
      expect({ file, width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ file, ...PROJECTOR });
    }
  });
});
