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

/** A paragraph of the notes; `emphasis` (a recommendation's number and title) is spoken first, in bold as in the
 * source. `field` is where `text` comes from in the outline, for messages. */
export interface NoteParagraph {
  readonly emphasis?: string;
  readonly text: string;
  readonly field: string;
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

/** A slide's section: its heading, whether the slide opens it, and where it stands among the deck's sections. */
interface SectionPlace {
  readonly heading: string;
  readonly opens: boolean;
  /** 0-based position of the section in the deck. */
  readonly index: number;
  readonly count: number;
}

/** One slide of the deck, in order, with everything the renderers and checks need. */
export interface DeckSlide {
  readonly id: SlideId;
  /** 1-based position in the deck. */
  readonly number: number;
  readonly section?: SectionPlace | undefined;
  readonly view: SlideView;
  readonly notes: readonly NoteParagraph[];
  readonly spokenWords: number;
  /** Seconds allotted in the speaker view's pacing timer. */
  readonly timing: number;
  readonly wordBudget?: WordBudgetException | undefined;
}

/** Options of the view model, and so of every output; the Vite plugin takes them too. */
export interface DeckOptions {
  /**
   * The speaking rate that each slide's pacing time (`data-timing`, the speaker view's timer) assumes, in words a
   * minute.
   * @default 130
   * @see DEFAULT_WORDS_PER_MINUTE in ./timing.ts
   */
  readonly wordsPerMinute?: number | undefined;
}

/** A recommendation's slide id and deep link: `diet-1` … `kyoto-5`. */
export function recommendationId(series: Series, number: number): SlideId {
  return `${series}-${number}`;
}

/** The salutation as spoken: each dignitary a line, "and" before the last, then the general address. */
function salutationNotes(salutation: Salutation): NoteParagraph[] {
  const last = salutation.dignitaries.length - 1;
  const lines = salutation.dignitaries.map((dignitary, index) => {
    const parts = [dignitary.name];
    if (dignitary.role !== undefined) {
      if (dignitary.roleFirst) parts.unshift(dignitary.role);
      else parts.push(dignitary.role);
    }
    const text = parts.join(', ') + (index === last - 1 ? ', and' : ',');
    return { text, field: `salutation.dignitaries[${index}]` };
  });
  return [...lines, { text: `${salutation.closing},`, field: 'salutation.closing' }];
}

function recommendationNotes(recommendation: Recommendation): NoteParagraph[] {
  const opening: NoteParagraph = {
    emphasis: `${recommendation.number}. ${recommendation.title}`,
    text: recommendation.continuation ?? '',
    field: 'recommendation.continuation',
  };
  const paragraphs = (recommendation.paragraphs ?? []).map((text, index) => ({
    text,
    field: `recommendation.paragraphs[${index}]`,
  }));
  return [opening, ...paragraphs];
}

export function paragraphText(paragraph: NoteParagraph): string {
  return [paragraph.emphasis, paragraph.text].filter((part) => part).join(' ');
}

type Draft = Omit<DeckSlide, 'number' | 'timing' | 'spokenWords'>;

function draftOf(slide: Slide, speech: Speech, section?: DeckSlide['section']): Draft {
  if (slide.kind === 'recommendation') {
    const { recommendation } = slide;
    return {
      id: recommendationId(recommendation.series, recommendation.number),
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
    notes: slide.spoken.map((text, index) => ({ text, field: `spoken[${index}]` })),
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
      notes: salutationNotes(speech.salutation),
    },
    ...speech.opening.map((slide) => draftOf(slide, speech)),
    ...speech.sections.flatMap((section, sectionIndex) =>
      section.slides.map((slide, index) =>
        draftOf(slide, speech, {
          heading: section.heading,
          opens: index === 0,
          index: sectionIndex,
          count: speech.sections.length,
        }),
      ),
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
