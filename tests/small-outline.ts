import type { ProseSlide, Recommendation, RecommendationSlide, Series, Speech } from '../src/model/types.ts';
import { RECOMMENDATION_NUMBERS } from '../src/model/types.ts';

/** A prose slide with a few words on screen and one spoken sentence. */
export function prose(id: string, changes: Partial<ProseSlide> = {}): ProseSlide {
  return { kind: 'prose', id, headline: `The ${id} slide`, spoken: [`We speak about ${id}.`], ...changes };
}

export function recommendation(
  series: Series,
  number: Recommendation['number'],
  changes: Partial<Recommendation> = {},
): RecommendationSlide {
  const title = `Recommendation ${number} to ${series}.`;
  return { kind: 'recommendation', recommendation: { series, number, title, icon: 'Package', ...changes } };
}

const series = (name: Series) => RECOMMENDATION_NUMBERS.map((number) => recommendation(name, number));

/**
 * A short speech that passes validation: its own, so the validator's tests do not depend on the real outline, and
 * each test breaks one thing in it.
 */
export const SMALL_SPEECH: Speech = {
  titleBlock: {
    kind: 'Statement',
    speaker: 'A Speaker',
    speakerRole: 'A Role',
    audience: 'an Audience',
    venue: 'A Hall',
    date: '2022-05-19',
  },
  salutation: { id: 'salutation', dignitaries: [{ name: 'Ms. HOST' }], closing: 'Friends' },
  opening: [prose('welcome')],
  sections: [
    {
      heading: 'First Things',
      slides: [prose('first'), prose('second', { points: [{ text: 'A point', icon: 'Radar' }] })],
    },
    { heading: 'To the Diet', slides: [prose('diet'), ...series('diet')] },
    { heading: 'In Kyoto', slides: [prose('kyoto'), ...series('kyoto')] },
  ],
  series: { diet: { label: 'To the Diet' }, kyoto: { label: 'In Kyoto' } },
};
