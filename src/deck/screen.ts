import { formatDate } from './dates.ts';
import type { DeckSlide, SlideView } from './deck.ts';
import type { Recommendation } from './types.ts';

// The words the audience sees: one definition, for the renderers, the word budget and the tests alike.

/** On-screen words a slide may show unless its outline declares an exception: the audience reads it at a glance. */
export const SCREEN_WORD_BUDGET = 30;

/** A piece of the words the audience sees, and the outline field it comes from. */
export interface ScreenText {
  readonly field: string;
  readonly text: string;
}

/** A recommendation's words on screen: its headline, or its title without the sentence's closing full stop. */
export function recommendationHeadline(recommendation: Recommendation): string {
  return recommendation.headline ?? recommendation.title.replace(/\.$/, '');
}

/** The words that head a slide on screen: its name in the speaker's cues, the handout and the PDF bookmarks. */
export function slideHeadline(slide: DeckSlide): string {
  const { view } = slide;
  switch (view.kind) {
    case 'title':
      return `${view.titleBlock.kind} of ${view.titleBlock.speaker}`;
    case 'salutation':
      return view.salutation.closing;
    case 'prose':
      return view.headline;
    case 'recommendation':
      return recommendationHeadline(view.recommendation);
  }
}

/** A slide's name in the PDFs' bookmarks and the handout: its headline; a recommendation's after its number. */
export function bookmarkTitle(slide: DeckSlide): string {
  const headline = slideHeadline(slide);
  return slide.view.kind === 'recommendation' ? `${slide.view.recommendation.number}. ${headline}` : headline;
}

function viewText(view: SlideView): ScreenText[] {
  switch (view.kind) {
    case 'title': {
      const { kind, speaker, speakerRole, audience, venue, date } = view.titleBlock;
      const shown = {
        kind: `${kind} of`,
        speaker,
        speakerRole,
        audience: `to ${audience}`,
        venue,
        date: formatDate(date),
      };
      return Object.entries(shown).map(([key, text]) => ({ field: `titleBlock.${key}`, text }));
    }
    case 'salutation':
      return [
        ...view.salutation.dignitaries.map((dignitary, i) => ({
          field: `salutation.dignitaries[${i}].name`,
          text: dignitary.name,
        })),
        { field: 'salutation.closing', text: view.salutation.closing },
      ];
    case 'prose':
      return [
        { field: 'headline', text: view.headline },
        ...view.points.map((point, i) => ({ field: `points[${i}].text`, text: point.text })),
        ...view.timeline.flatMap((milestone, i) =>
          (['year', 'label', 'detail'] as const).flatMap((key) => {
            const text = milestone[key];
            return text === undefined ? [] : [{ field: `timeline[${i}].${key}`, text }];
          }),
        ),
      ];
    case 'recommendation': {
      const { recommendation } = view;
      return [
        // The mark beside the headline: the word, the number large, and five dots that need no words.
        { field: 'recommendation.number', text: 'Recommendation' },
        { field: 'recommendation.number', text: String(recommendation.number) },
        { field: `series.${recommendation.series}.label`, text: view.series.label },
        {
          field: recommendation.headline === undefined ? 'recommendation.title' : 'recommendation.headline',
          text: recommendationHeadline(recommendation),
        },
        ...(recommendation.points ?? []).map((text, i) => ({ field: `recommendation.points[${i}]`, text })),
      ];
    }
  }
}

/** The words the audience sees on a slide, piece by piece, in reading order: the section heading, then the view. */
export function screenText(slide: DeckSlide): ScreenText[] {
  const kicker = slide.section ? [{ field: 'heading', text: slide.section.heading }] : [];
  return [...kicker, ...viewText(slide.view)];
}

/** How many words a slide may show: its declared exception, else the budget. */
export function screenWordLimit(slide: DeckSlide): number {
  return slide.wordBudget?.maxWords ?? SCREEN_WORD_BUDGET;
}
