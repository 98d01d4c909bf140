import { describe, expect, it } from 'vitest';
import { deckSlides } from '../../../src/model/deck.ts';
import { viewBookmarkTitle, viewHeadline } from '../../../src/model/views.ts';
import { SMALL_SPEECH } from '../../small-outline.ts';

const slides = deckSlides(SMALL_SPEECH);
const slide = (id: string) => {
  const found = slides.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No slide ${id}.`);
  return found;
};

describe('viewHeadline', () => {
  it('names each kind of slide by the words that head it on screen', () => {
    expect(viewHeadline(slide('title').view)).toMatch(/ of /);
    expect(viewHeadline(slide('second').view)).toBe('The second slide');
    expect(viewHeadline(slide('diet-2').view)).toBe('Recommendation 2 to diet');
    const salutation = slides[1];
    if (salutation === undefined) throw new Error('No salutation slide.');
    expect(viewHeadline(salutation.view)).toBe(SMALL_SPEECH.salutation.closing);
  });
});

describe('viewBookmarkTitle', () => {
  it('names a slide by its headline, and a recommendation by its number and headline', () => {
    expect(viewBookmarkTitle(slide('second').view)).toBe('The second slide');
    expect(viewBookmarkTitle(slide('diet-2').view)).toBe('2. Recommendation 2 to diet');
  });
});
