import type { DeckSlide } from './deck.ts';
import { recommendationHeadline, type SlideContent } from './slide-content.ts';

// The words the audience sees: one definition, for the renderers, the word budget and the tests alike.

/** On-screen words a slide may show unless its outline declares an exception: the audience reads it at a glance. */
export const SCREEN_WORD_BUDGET = 30;

/** A piece of the words the audience sees, and the outline field it comes from. */
export interface ScreenText {
  readonly field: string;
  readonly text: string;
}

function contentText(content: SlideContent): ScreenText[] {
  switch (content.kind) {
    case 'title': {
      const { lines } = content;
      const shown = {
        kind: lines.kind,
        speaker: lines.speaker,
        speakerRole: lines.role,
        audience: lines.audience,
        venue: lines.venue,
        date: lines.date,
      };
      return Object.entries(shown).map(([key, text]) => ({ field: `titleBlock.${key}`, text }));
    }
    case 'salutation':
      return [
        ...content.salutation.dignitaries.map((dignitary, i) => ({
          field: `salutation.dignitaries[${i}].name`,
          text: dignitary.name,
        })),
        { field: 'salutation.closing', text: content.salutation.closing },
      ];
    case 'prose':
      return [
        { field: 'headline', text: content.headline },
        ...content.points.map((point, i) => ({ field: `points[${i}].text`, text: point.text })),
        ...content.timeline.flatMap((milestone, i) =>
          (['year', 'label', 'detail'] as const).flatMap((key) => {
            const text = milestone[key];
            return text === undefined ? [] : [{ field: `timeline[${i}].${key}`, text }];
          }),
        ),
      ];
    case 'recommendation': {
      const { recommendation } = content;
      return [
        // The mark beside the headline: the word, the number large, and five dots that need no words.
        { field: 'recommendation.number', text: 'Recommendation' },
        { field: 'recommendation.number', text: String(recommendation.number) },
        { field: `series.${recommendation.series}.label`, text: content.series.label },
        {
          field: recommendation.headline === undefined ? 'recommendation.title' : 'recommendation.headline',
          text: recommendationHeadline(recommendation),
        },
        ...(recommendation.points ?? []).map((text, i) => ({ field: `recommendation.points[${i}]`, text })),
      ];
    }
  }
}

/** The words the audience sees on a slide, piece by piece, in reading order: the section heading, then the content. */
export function screenText(slide: DeckSlide): ScreenText[] {
  const kicker = slide.section ? [{ field: 'heading', text: slide.section.heading }] : [];
  return [...kicker, ...contentText(slide.content)];
}

/** How many words a slide may show: its declared exception, else the budget. */
export function screenWordLimit(slide: DeckSlide): number {
  return slide.wordBudget?.maxWords ?? SCREEN_WORD_BUDGET;
}
