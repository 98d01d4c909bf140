import { describe, expectTypeOf, it } from 'vitest';
import type {
  IconName,
  ProseSlide,
  Recommendation,
  RecommendationNumber,
  Section,
  Series,
} from '../../../src/model/types.ts';

// Proven by the compiler (Vitest's typecheck, and `npm run typecheck`): each `@ts-expect-error` must stay an error.
describe('the outline types', () => {
  const recommendation: Recommendation = { series: 'diet', number: 1, title: 'A title', icon: 'Package' };

  it('derive the series and their numbers from the declared constants', () => {
    expectTypeOf<Series>().toEqualTypeOf<'diet' | 'kyoto'>();
    expectTypeOf<RecommendationNumber>().toEqualTypeOf<1 | 2 | 3 | 4 | 5>();
    expectTypeOf<'Radar'>().toExtend<IconName>();
    expectTypeOf<'Radr'>().not.toExtend<IconName>();
  });

  it('reject a sixth recommendation, another series, a misspelt icon', () => {
    expectTypeOf({ ...recommendation, number: 5 } satisfies Recommendation).toBeObject();
    // @ts-expect-error -- a series has five recommendations, numbered 1 to 5
    expectTypeOf({ ...recommendation, number: 6 } satisfies Recommendation).toBeObject();
    // @ts-expect-error -- the recommendations were made to the Diet or in Kyoto, nowhere else
    expectTypeOf({ ...recommendation, series: 'tokyo' } satisfies Recommendation).toBeObject();
    // @ts-expect-error -- icons are named from lucide-static, and a misspelt one does not exist
    expectTypeOf({ ...recommendation, icon: 'Packag' } satisfies Recommendation).toBeObject();
  });

  it('reject a silent slide and an empty section', () => {
    const slide = { kind: 'prose', id: 'silent', headline: 'Silence' } as const;
    expectTypeOf({ ...slide, spoken: ['Words.'] } satisfies ProseSlide).toBeObject();
    // @ts-expect-error -- a prose slide has spoken text: at least one paragraph
    expectTypeOf({ ...slide, spoken: [] } satisfies ProseSlide).toBeObject();
    // @ts-expect-error -- a section has at least one slide
    expectTypeOf({ heading: 'Empty', slides: [] } satisfies Section).toBeObject();
  });
});
