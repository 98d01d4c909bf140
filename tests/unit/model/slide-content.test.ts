import { describe, expect, it } from 'vitest';
import { deckSlides } from '../../../src/model/deck.ts';
import { contentBookmarkTitle, contentHeadline } from '../../../src/model/slide-content.ts';
import { SMALL_SPEECH } from '../../small-outline.ts';

const slides = deckSlides(SMALL_SPEECH);
const slide = (id: string) => {
  const found = slides.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No slide ${id}.`);
  return found;
};

describe('viewHeadline', () => {
  it('names each kind of slide by the words that head it on screen', () => {
    expect(contentHeadline(slide('title').content)).toMatch(/ of /);
    expect(contentHeadline(slide('second').content)).toBe('The second slide');
    expect(contentHeadline(slide('diet-2').content)).toBe('Recommendation 2 to diet');
    const salutation = slides[1];
    if (salutation === undefined) throw new Error('No salutation slide.');
    expect(contentHeadline(salutation.content)).toBe(SMALL_SPEECH.salutation.closing);
  });
});

describe('viewBookmarkTitle', () => {
  it('names a slide by its headline, and a recommendation by its number and headline', () => {
    expect(contentBookmarkTitle(slide('second').content)).toBe('The second slide');
    expect(contentBookmarkTitle(slide('diet-2').content)).toBe('2. Recommendation 2 to diet');
  });
});
