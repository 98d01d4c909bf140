import { describe, expect, it } from 'vitest';
import type { ProseSlide, Recommendation, Section } from '../../../src/deck/types.ts';

// Each `@ts-expect-error` below must stay an error: `npm run typecheck` fails if a broken outline ever compiles.
describe('the outline types', () => {
  it('reject what a broken outline would hold, at compile time', () => {
    const recommendation: Recommendation = { series: 'diet', number: 1, title: 'A title', icon: 'Package' };
    // @ts-expect-error -- a series has five recommendations, numbered 1 to 5
    const sixth: Recommendation = { ...recommendation, number: 6 };
    // @ts-expect-error -- the recommendations were made to the Diet or in Kyoto, nowhere else
    const elsewhere: Recommendation = { ...recommendation, series: 'tokyo' };
    // @ts-expect-error -- icons are named from lucide-static, and a misspelt one does not exist
    const noIcon: Recommendation = { ...recommendation, icon: 'Packag' };
    // @ts-expect-error -- a prose slide has spoken text: at least one paragraph
    const silent: ProseSlide = { kind: 'prose', id: 'silent', headline: 'Silence', spoken: [] };
    // @ts-expect-error -- a section has at least one slide
    const empty: Section = { heading: 'Empty', slides: [] };
    expect([sixth, elsewhere, noIcon, silent, empty]).toHaveLength(5);
  });
});
