import { describe, expect, it } from 'vitest';
import {
  easeOut,
  fractionAt,
  linesFrom,
  PacedPlace,
  pacedScrollTop,
  progress,
  readingY,
  wordDue,
  type PassageLayout,
} from '../../../../../src/client/speaker/state/paced-scroll.ts';

/** Three lines of 48 px: words 0-3, 4-7 and 8-9, the last line ending at 244. */
const layout: PassageLayout = {
  lines: [
    { top: 100, firstWord: 0 },
    { top: 148, firstWord: 4 },
    { top: 196, firstWord: 8 },
  ],
  words: 10,
  bottom: 244,
};

describe('paced scrolling', () => {
  it('is through a passage in proportion to talk seconds over planned seconds, times the speed, 0 to 1', () => {
    expect(progress(0, 40)).toBe(0);
    expect(progress(10, 40)).toBe(0.25);
    expect(progress(10, 40, 1.5)).toBe(0.375);
    expect(progress(80, 40), 'stops at the end of the passage').toBe(1);
    expect(progress(-1, 40)).toBe(0);
    expect(progress(0, 0), 'a slide without planned time').toBe(0);
    expect(progress(1, 0)).toBe(1);
  });

  it('names the word due: the first at the start, the last at and after the end', () => {
    expect(wordDue(0, 10)).toBe(0);
    expect(wordDue(0.45, 10)).toBe(4);
    expect(wordDue(1, 10)).toBe(9);
    expect(wordDue(0.5, 0)).toBe(-1);
  });

  it('glides the reading point down each line in the time its words take, to the end of the last line', () => {
    expect(readingY(layout, 0)).toBe(100);
    expect(readingY(layout, 0.2)).toBe(124);
    expect(readingY(layout, 0.4)).toBe(148);
    expect(readingY(layout, 0.6)).toBe(172);
    expect(readingY(layout, 0.9)).toBe(220);
    expect(readingY(layout, 1)).toBe(244);
    expect(readingY({ lines: [], words: 0, bottom: 0 }, 0.5), 'a passage without words stays put').toBe(0);
  });

  it('moves the script on from its anchor by as far as the reading point went, nudges added, never above 0', () => {
    expect(pacedScrollTop(500, layout, 0, 0)).toBe(500);
    expect(pacedScrollTop(500, layout, 1, 0)).toBe(644);
    expect(pacedScrollTop(500, layout, 0.4, 48)).toBe(596);
    expect(pacedScrollTop(10, layout, 0, -96)).toBe(0);
  });

  it('finds lines where words stand lower than the line before', () => {
    expect(linesFrom([100, 100.4, 100, 148, 148, 196], 24)).toEqual([
      { top: 100, firstWord: 0 },
      { top: 148, firstWord: 3 },
      { top: 196, firstWord: 5 },
    ]);
    expect(linesFrom([], 24)).toEqual([]);
  });

  it('eases out from 0 to 1', () => {
    expect(easeOut(0)).toBe(0);
    expect(easeOut(0.5)).toBe(0.875);
    expect(easeOut(2)).toBe(1);
  });
});

describe('the paced place: measured pace, confirmed places, hold', () => {
  it('finds the fraction whose reading point stands at a height (the inverse of readingY)', () => {
    for (const fraction of [0, 0.2, 0.45, 0.8])
      expect(fractionAt(layout, readingY(layout, fraction))).toBeCloseTo(fraction, 2);
  });

  it('moves on from where a nudge put it, even beyond the passage', () => {
    const place = new PacedPlace();
    place.slide(false);
    expect(place.top(500, layout, { elapsed: 60, seconds: 10 }, 1)).toBe(500 + 144);
    // Long after the passage's planned time, a nudge puts the reading point at the second line: it goes on from there.
    place.confirm(layout, 148, 60);
    expect(place.top(500, layout, { elapsed: 60, seconds: 10 }, 1)).toBeCloseTo(548, 0);
    expect(place.top(500, layout, { elapsed: 61, seconds: 10 }, 1)).toBeGreaterThan(548);
    // Above the passage's first word, by 30 px: held there, as far as the speaker put it.
    place.confirm(layout, 70, 61);
    expect(place.top(500, layout, { elapsed: 61, seconds: 10 }, 1)).toBeCloseTo(470, 0);
  });

  it('holds the place while talk time runs (H), and goes on from there when let go', () => {
    const place = new PacedPlace();
    place.slide(false);
    const at = (elapsed: number) => place.fraction({ elapsed, seconds: 10 }, 1);
    expect(place.toggleHold({ elapsed: 2, seconds: 10 }, 1)).toBe(true);
    expect(at(8)).toBeCloseTo(0.2);
    expect(place.toggleHold({ elapsed: 8, seconds: 10 }, 1)).toBe(false);
    expect(at(9)).toBeCloseTo(0.3);
  });

  it("adapts to the speaker's pace measured on finished slides, between half and twice the plan's", () => {
    const place = new PacedPlace();
    place.slide(false);
    expect(place.pace()).toBe(1);
    place.fraction({ elapsed: 30, seconds: 20 }, 1); // the slide took 30 s of a planned 20
    place.slide(true);
    expect(place.pace()).toBeCloseTo(20 / 30);
    place.fraction({ elapsed: 3, seconds: 20 }, 1); // a slide skipped through in 3 s does not count
    place.slide(true);
    expect(place.pace()).toBeCloseTo(20 / 30);
    place.fraction({ elapsed: 100, seconds: 10 }, 1);
    place.slide(false); // going back: not a finished slide
    expect(place.pace()).toBeCloseTo(20 / 30);
  });
});
