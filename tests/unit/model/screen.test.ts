import { describe, expect, it } from 'vitest';
import { deckSlides } from '../../../src/model/deck.ts';
import { SCREEN_WORD_BUDGET, screenText, screenWordLimit } from '../../../src/model/screen.ts';
import { prose, recommendation, SMALL_SPEECH } from '../../small-outline.ts';

const slides = deckSlides(SMALL_SPEECH);
const slide = (id: string) => {
  const found = slides.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No slide ${id}.`);
  return found;
};

describe('screenText', () => {
  it("names each piece of a prose slide by its outline field, after its section's heading", () => {
    expect(screenText(slide('second'))).toEqual([
      { field: 'heading', text: 'First Things' },
      { field: 'headline', text: 'The second slide' },
      { field: 'points[0].text', text: 'A point' },
    ]);
  });

  it('shows a recommendation with its number, its series and its title without the full stop', () => {
    expect(screenText(slide('diet-2'))).toEqual([
      { field: 'heading', text: 'To the Diet' },
      { field: 'recommendation.number', text: 'Recommendation' },
      { field: 'recommendation.number', text: '2' },
      { field: 'series.diet.label', text: 'To the Diet' },
      { field: 'recommendation.title', text: 'Recommendation 2 to diet' },
    ]);
  });

  it('prefers a recommendation headline, and shows its points', () => {
    const [first, ...rest] = SMALL_SPEECH.sections;
    const withHeadline = recommendation('diet', 1, { headline: 'Shorter', points: ['One', 'Two'] });
    const speech = { ...SMALL_SPEECH, sections: [{ ...first, slides: [withHeadline] }, ...rest] } as const;
    const pieces = screenText(deckSlides(speech)[3] ?? slide('title'));
    expect(pieces.slice(-3)).toEqual([
      { field: 'recommendation.headline', text: 'Shorter' },
      { field: 'recommendation.points[0]', text: 'One' },
      { field: 'recommendation.points[1]', text: 'Two' },
    ]);
  });

  it('shows the title block with its date as a reader says it', () => {
    expect(screenText(slide('title')).map((piece) => piece.text)).toEqual([
      'Statement of',
      'A Speaker',
      'A Role',
      'to an Audience',
      'A Hall',
      '19 May 2022',
    ]);
  });
});

describe('screenWordLimit', () => {
  it('is the budget unless the slide declares an exception', () => {
    expect(screenWordLimit(slide('second'))).toBe(SCREEN_WORD_BUDGET);
    const [excused] = deckSlides({
      ...SMALL_SPEECH,
      opening: [prose('welcome', { wordBudget: { maxWords: 55, reason: 'A quotation' } })],
    }).filter((candidate) => candidate.id === 'welcome');
    expect(excused && screenWordLimit(excused)).toBe(55);
  });
});
