import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { speech } from '../../slides/speech.ts';
import { countWords } from '../../src/model/words.ts';
import { SCREEN_WORD_BUDGET, screenText } from '../../src/model/screen.ts';
import { normalise, PROJECTOR, SCREENSHOT_DIR, slides, useDeck } from './harness.ts';
import { contrast, type MeasuredSlide } from './slide-measure.ts';
import { screenshotName, walk } from './walk-deck.ts';

/** Sizes in the slide's own pixels, those of a 1080p projector, for the back of a lecture hall. */
const MIN_PX = { headline: 80, read: 48, label: 32, speaker: 120 } as const;
/** More than half of a slide's characters are in sizes meant to be read, not in labels. */
const MIN_READABLE_SHARE = 0.5;
/** The deck's promise for text against its background, stricter than WCAG's for large text. */
const MIN_CONTRAST = 7;
/** A slide with more words than this is composed across the frame: its content spans this share of the width. */
const FEW_WORDS = 8;
const MIN_CONTENT_WIDTH = 0.6;
/** The content's middle sits on the frame's optical centre: a little above the geometric one, never far below. */
const OPTICAL_CENTRE = { min: 0.42, max: 0.5 } as const;
/** The walk's pictures, NN-<id>.png; only these are replaced in the folder. */
const SCREENSHOT_FILE = /^\d{2,}-.+\.png$/;
/** A laptop's screen, where the deck is rehearsed and often presented: the same slides, scaled. */
const LAPTOP = { width: 1280, height: 720 } as const;

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** The rules every slide keeps, at any window size: type, words, composition, overflow, contrast. */
function checkSlides(measured: () => readonly MeasuredSlide[]): void {
  it('reaches every slide of the outline in order', () => {
    expect(measured().map((slide) => slide.id)).toEqual(slides.map((slide) => slide.id));
  });

  it('keeps every visible element inside the slide frame', () => {
    expect(measured().flatMap((slide) => slide.outside.map((problem) => `${slide.id}: ${problem}`))).toEqual([]);
  });

  it(`sets headlines at ${MIN_PX.headline}px or more, lines to read at ${MIN_PX.read}px, labels at ${MIN_PX.label}px`, () => {
    const tooSmall = measured().flatMap((slide) =>
      slide.texts
        .filter((text) => text.px < MIN_PX[text.role])
        .map((text) => `${slide.id}: ${text.role} ${text.element} "${text.text}" at ${text.px.toFixed(1)}px`),
    );
    expect(tooSmall).toEqual([]);
    // Every slide has its headline, so a rule that saw none would prove nothing.
    expect(measured().filter((slide) => !slide.texts.some((text) => text.role === 'headline'))).toEqual([]);
  });

  it(`shows the speaker's name at ${MIN_PX.speaker}px or more`, () => {
    const name = measured()
      .flatMap((slide) => slide.texts.map((text) => ({ slide: slide.id, ...text })))
      .filter((text) => text.text === speech.titleBlock.speaker);
    expect(name.map((text) => text.slide)).toEqual(['title']);
    expect(name.filter((text) => text.px < MIN_PX.speaker)).toEqual([]);
  });

  it("sets most of each slide's characters in sizes meant to be read", () => {
    const mostlyLabels = measured().flatMap((slide) => {
      const characters = (read: boolean) =>
        slide.texts.filter((text) => text.px >= MIN_PX.read === read).reduce((sum, text) => sum + text.text.length, 0);
      const share = characters(true) / (characters(true) + characters(false));
      return share > MIN_READABLE_SHARE ? [] : [`${slide.id}: ${percent(share)} of its characters readable`];
    });
    expect(mostlyLabels).toEqual([]);
  });

  it(`gives all text a contrast of at least ${MIN_CONTRAST}:1 against its background`, () => {
    const faint = measured().flatMap((slide) =>
      slide.texts
        .map((text) => ({ ...text, ratio: contrast(text.color, text.background) }))
        .filter((text) => text.ratio < MIN_CONTRAST)
        .map(
          (text) =>
            `${slide.id}: ${text.element} "${text.text}" ${text.color} on ${text.background} is ${text.ratio.toFixed(2)}:1`,
        ),
    );
    expect(faint).toEqual([]);
  });

  it(`shows at most ${SCREEN_WORD_BUDGET} words a slide, or its declared exception`, () => {
    const words = measured().map((slide, index) => ({
      id: slide.id,
      words: countWords(slide.texts.map((text) => text.text).join(' ')),
      budget: slides[index]?.wordBudget?.maxWords ?? SCREEN_WORD_BUDGET,
    }));
    expect(words.filter(({ words, budget }) => words > budget)).toEqual([]);
    // A slide whose text the walk did not see would pass any budget.
    expect(words.filter(({ words }) => words === 0)).toEqual([]);
  });

  it('shows exactly the words screenText lists, in its order, which validation counts', () => {
    const shown = measured().map((slide) => ({
      id: slide.id,
      text: normalise(slide.texts.map((text) => text.text).join(' ')),
    }));
    expect(shown).toEqual(
      slides.map((slide) => ({
        id: slide.id,
        text: normalise(
          screenText(slide)
            .map((piece) => piece.text)
            .join(' '),
        ),
      })),
    );
  });

  it(`composes content across the frame: ${percent(MIN_CONTENT_WIDTH)} of its width, on the optical centre`, () => {
    const problems = measured().flatMap((slide) => {
      const { left, top, right, bottom } = slide.content;
      const words = countWords(slide.texts.map((text) => text.text).join(' '));
      const middle = (top + bottom) / 2;
      return [
        words > FEW_WORDS && right - left < MIN_CONTENT_WIDTH
          ? `${slide.id}: content spans ${percent(right - left)} of the frame's width`
          : '',
        bottom <= 0.5 ? `${slide.id}: content ends at ${percent(bottom)} of the height, above the middle` : '',
        middle < OPTICAL_CENTRE.min || middle > OPTICAL_CENTRE.max
          ? `${slide.id}: content centred at ${percent(middle)} of the height, off the optical centre`
          : '',
      ].filter((problem) => problem !== '');
    });
    expect(problems).toEqual([]);
  });
}

describe('walking the deck with the keyboard at 1920x1080', () => {
  const session = useDeck({ viewport: PROJECTOR });
  let built: MeasuredSlide[] = [];
  let totalSlides = 0;

  beforeAll(async () => {
    // Pictures of slides since renamed or removed would mislead whoever looks through the folder.
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    for (const file of await readdir(SCREENSHOT_DIR)) {
      if (SCREENSHOT_FILE.test(file)) await rm(path.join(SCREENSHOT_DIR, file));
    }
    ({ built, total: totalSlides } = await walk(session.page, SCREENSHOT_DIR));
  });

  it('reaches as many slides as reveal.js counts', () => {
    expect(built).toHaveLength(totalSlides);
  });

  checkSlides(() => built);

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

describe('walking the deck with the keyboard on a 1280x720 laptop', () => {
  const session = useDeck({ viewport: LAPTOP });
  let built: MeasuredSlide[] = [];

  beforeAll(async () => {
    ({ built } = await walk(session.page));
  });

  checkSlides(() => built);
});
