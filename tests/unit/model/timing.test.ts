import { describe, expect, it } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import { deckSlides, spokenText } from '../../../src/model/deck.ts';
import { DEFAULT_WORDS_PER_MINUTE, slideTimings } from '../../../src/model/timing.ts';
import { countWords, spokenWords } from '../../../src/model/words.ts';

describe('pacing', () => {
  it('counts words as a listener hears them', () => {
    expect(countWords('the importance – and urgency – of collective action')).toBe(7);
    expect(countWords('  T/PCCs that   actually deploy\n')).toBe(4);
    expect(countWords('')).toBe(0);
  });

  it('keeps each spoken word as written, in order, and leaves out lone dashes', () => {
    expect(spokenWords('Thank you – Mr. OONOGI, (30) ...')).toEqual(['Thank', 'you', 'Mr.', 'OONOGI,', '(30)']);
  });

  it('gives whole seconds in proportion to words, adding up to the rounded total', () => {
    expect(slideTimings([65, 130, 0], 130)).toEqual([30, 60, 0]);
    const timings = slideTimings([10, 10, 10], 120);
    expect(timings.reduce((sum, seconds) => sum + seconds, 0)).toBe(15);
    expect(Math.max(...timings) - Math.min(...timings)).toBeLessThanOrEqual(1);
  });

  it('refuses a speaking rate that is not above zero', () => {
    expect(() => slideTimings([10], 0)).toThrow(/above 0 words a minute/);
  });

  for (const wordsPerMinute of [DEFAULT_WORDS_PER_MINUTE, 110, 150]) {
    it(`adds the slides' timings up to the speech's words at ${wordsPerMinute} words a minute`, () => {
      const slides = deckSlides(speech, { wordsPerMinute });
      const words = countWords(spokenText(slides));
      const total = slides.reduce((sum, slide) => sum + slide.timing, 0);
      expect(total).toBe(Math.round((words / wordsPerMinute) * 60));
      for (const slide of slides)
        expect(Math.abs(slide.timing - (slide.spokenWords / wordsPerMinute) * 60)).toBeLessThan(1);
    });
  }

  it('paces the statement at about nine minutes by default', () => {
    const total = deckSlides(speech).reduce((sum, slide) => sum + slide.timing, 0);
    expect(total).toBeGreaterThan(8 * 60);
    expect(total).toBeLessThan(10 * 60);
  });
});
