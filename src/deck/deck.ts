import { countWords, DEFAULT_WORDS_PER_MINUTE, slideTimings } from './timing.ts';
import type {
  Milestone,
  Point,
  Recommendation,
  Salutation,
  Series,
  SeriesInfo,
  Slide,
  SlideId,
  Speech,
  TitleBlock,
  WordBudgetException,
} from './types.ts';

/** A paragraph of the speaker notes; `emphasis` is spoken first and shown in bold, as in the source. */
export interface NoteParagraph {
  readonly emphasis?: string;
  readonly text: string;
}

export type SlideView =
  | { readonly kind: 'title'; readonly titleBlock: TitleBlock }
  | { readonly kind: 'salutation'; readonly salutation: Salutation }
  | {
      readonly kind: 'prose';
      readonly headline: string;
      readonly points: readonly Point[];
      readonly timeline: readonly Milestone[];
    }
  | { readonly kind: 'recommendation'; readonly recommendation: Recommendation; readonly series: SeriesInfo };

/** One slide of the deck, in order, with everything the renderers and checks need. */
export interface DeckSlide {
  readonly id: SlideId;
  /** 1-based position in the deck. */
  readonly number: number;
  readonly section?: { readonly heading: string; readonly opens: boolean } | undefined;
  readonly view: SlideView;
  readonly notes: readonly NoteParagraph[];
  readonly spokenWords: number;
  /** Seconds allotted in the speaker view's pacing timer. */
  readonly timing: number;
  readonly wordBudget?: WordBudgetException | undefined;
}

export interface DeckOptions {
  readonly wordsPerMinute?: number;
}

export function recommendationId(series: Series, number: number): SlideId {
  return `${series}-${number}`;
}

export function slideId(slide: Slide): SlideId {
  return slide.kind === 'recommendation'
    ? recommendationId(slide.recommendation.series, slide.recommendation.number)
    : slide.id;
}

/** The salutation as spoken: each dignitary a line, "and" before the last, then the general address. */
export function salutationLines(salutation: Salutation): string[] {
  const last = salutation.dignitaries.length - 1;
  const lines = salutation.dignitaries.map((dignitary, index) => {
    const parts = [dignitary.name];
    if (dignitary.role !== undefined) {
      if (dignitary.roleFirst) parts.unshift(dignitary.role);
      else parts.push(dignitary.role);
    }
    return parts.join(', ') + (index === last - 1 ? ', and' : ',');
  });
  return [...lines, `${salutation.closing},`];
}

export function recommendationNotes(recommendation: Recommendation): NoteParagraph[] {
  const opening: NoteParagraph = {
    emphasis: `${recommendation.number}. ${recommendation.title}`,
    text: recommendation.continuation ?? '',
  };
  return [opening, ...(recommendation.paragraphs ?? []).map((text) => ({ text }))];
}

export function paragraphText(paragraph: NoteParagraph): string {
  return [paragraph.emphasis, paragraph.text].filter((part) => part).join(' ');
}

type Draft = Omit<DeckSlide, 'number' | 'timing' | 'spokenWords'>;

function draftOf(slide: Slide, speech: Speech, section?: DeckSlide['section']): Draft {
  if (slide.kind === 'recommendation') {
    const { recommendation } = slide;
    return {
      id: slideId(slide),
      section,
      view: { kind: 'recommendation', recommendation, series: speech.series[recommendation.series] },
      notes: recommendationNotes(recommendation),
      wordBudget: slide.wordBudget,
    };
  }
  return {
    id: slide.id,
    section,
    view: { kind: 'prose', headline: slide.headline, points: slide.points ?? [], timeline: slide.timeline ?? [] },
    notes: slide.spoken.map((text) => ({ text })),
    wordBudget: slide.wordBudget,
  };
}

/** The speech as the ordered slides of the deck: title, salutation, opening, then each section's slides. */
export function deckSlides(speech: Speech, options: DeckOptions = {}): DeckSlide[] {
  const drafts: Draft[] = [
    { id: 'title', view: { kind: 'title', titleBlock: speech.titleBlock }, notes: [] },
    {
      id: speech.salutation.id,
      view: { kind: 'salutation', salutation: speech.salutation },
      notes: salutationLines(speech.salutation).map((text) => ({ text })),
    },
    ...speech.opening.map((slide) => draftOf(slide, speech)),
    ...speech.sections.flatMap((section) =>
      section.slides.map((slide, index) => draftOf(slide, speech, { heading: section.heading, opens: index === 0 })),
    ),
  ];
  const words = drafts.map((draft) => countWords(draft.notes.map(paragraphText).join(' ')));
  const timings = slideTimings(words, options.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE);
  return drafts.map((draft, index) => ({
    ...draft,
    number: index + 1,
    spokenWords: words[index] ?? 0,
    timing: timings[index] ?? 0,
  }));
}

/** Every spoken word of the deck, in order: the speaker notes read from first slide to last. */
export function spokenText(slides: readonly DeckSlide[]): string {
  return slides.flatMap((slide) => slide.notes.map(paragraphText)).join(' ');
}
