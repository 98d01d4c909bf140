import { DEFAULT_WORDS_PER_MINUTE, slideTimings } from './timing.ts';
import { countWords } from './words.ts';
import { outputName, titleLines, type TitleLines } from './title.ts';
import type { Translation } from './translation.ts';
import type { Slide, SlideId, Speech, WordBudgetException } from './types.ts';
import {
  paragraphId,
  paragraphText,
  recommendationId,
  recommendationNotes,
  salutationNotes,
  contentBookmarkTitle,
  contentHeadline,
  type NoteParagraph,
  type SlideContent,
} from './slide-content.ts';

export { paragraphText, recommendationId, type SlideContent } from './slide-content.ts';

/**
 * The levels of the PDFs' bookmarks: the title and each section at the top, each slide under its section, each
 * recommendation under the slide that introduces its series.
 */
const BOOKMARK_LEVEL = { top: 1, slide: 2, recommendation: 3 } as const;
type BookmarkLevel = (typeof BOOKMARK_LEVEL)[keyof typeof BOOKMARK_LEVEL];

/** A slide's name and place in the PDFs' bookmarks (and the handout's headings). */
interface Bookmark {
  readonly title: string;
  readonly level: BookmarkLevel;
}

/** A slide's section: its heading, whether the slide opens it, and where it stands among the deck's sections. */
interface SectionPlace {
  readonly heading: string;
  readonly opens: boolean;
  /** 0-based position of the section in the deck. */
  readonly index: number;
  readonly count: number;
  /** Where the section stands in the bookmarks, on the slide that opens it. */
  readonly bookmarkLevel: BookmarkLevel;
}

/** One slide of the deck, in order, with everything the renderers and checks need. */
export interface DeckSlide {
  readonly id: SlideId;
  /** 1-based position in the deck. */
  readonly number: number;
  readonly section?: SectionPlace | undefined;
  readonly content: SlideContent;
  /** The words that head the slide on screen: its cue in the speaker's script and view. */
  readonly headline: string;
  readonly bookmark: Bookmark;
  /** The spoken paragraphs, each with its stable id. */
  readonly notes: readonly NoteParagraph[];
  readonly spokenWords: number;
  /** Where the slide's words start among the speech's spoken words, counted from 0 (words.ts). */
  readonly firstWord: number;
  /** Seconds allotted in the speaker view's pacing timer. */
  readonly timing: number;
  readonly wordBudget?: WordBudgetException | undefined;
  /** The slide in the model's translation, if it has one (translated-slides.ts joins it). */
  readonly translated?: TranslatedSlide | undefined;
}

/** A slide's texts in the translation, in the same places as the English: what every renderer of it shows. */
export interface TranslatedSlide {
  /** The words that head the slide on screen. */
  readonly headline: string;
  /** Its name in the translated handout and bookmarks: a recommendation's after its number. */
  readonly bookmark: string;
  /** The heading of the slide's section. */
  readonly sectionHeading?: string | undefined;
  /** The spoken paragraphs, one for each English one, with the same ids. */
  readonly notes: readonly NoteParagraph[];
}

/** The translation's own words, beside the slides' texts: its language, label, title block, the handout's words. */
export type TranslationInfo = Pick<Translation, 'lang' | 'name' | 'label' | 'titleBlock' | 'handout'>;

/** The deck as every output shows it, built once per page and handed to each renderer. */
export interface DeckModel {
  readonly title: TitleLines;
  readonly slides: readonly DeckSlide[];
  /** The section headings, in order. */
  readonly sections: readonly string[];
  /** The planned length of the talk: the slides' timings added up. */
  readonly totalSeconds: number;
  /** The name of the files that carry the speech alone (the one file, the PDFs), from its kind and date. */
  readonly outputName: string;
  /** The language the slides' `translated` texts are in, if the model has a translation. */
  readonly translation?: TranslationInfo | undefined;
}

/** Options of the view model, and so of every output; the Vite plugin takes them too. */
export interface DeckOptions {
  /**
   * The speaking rate that each slide's pacing time (the page model's plan, the speaker view's timer) assumes, in
   * words a minute.
   * @default 130
   * @see DEFAULT_WORDS_PER_MINUTE in ./timing.ts
   */
  readonly wordsPerMinute?: number | undefined;
}

type Draft = Omit<DeckSlide, 'number' | 'timing' | 'spokenWords' | 'firstWord' | 'headline' | 'bookmark'>;

function draftOf(slide: Slide, speech: Speech, section?: DeckSlide['section']): Draft {
  if (slide.kind === 'recommendation') {
    const { recommendation } = slide;
    return {
      id: recommendationId(recommendation.series, recommendation.number),
      section,
      content: { kind: 'recommendation', recommendation, series: speech.series[recommendation.series] },
      notes: recommendationNotes(recommendation),
      wordBudget: slide.wordBudget,
    };
  }
  return {
    id: slide.id,
    section,
    content: { kind: 'prose', headline: slide.headline, points: slide.points ?? [], timeline: slide.timeline ?? [] },
    notes: slide.spoken.map((text, index) => ({ text, field: `spoken[${index}]` })),
    wordBudget: slide.wordBudget,
  };
}

function bookmarkLevel(content: SlideContent): BookmarkLevel {
  if (content.kind === 'title') return BOOKMARK_LEVEL.top;
  return content.kind === 'recommendation' ? BOOKMARK_LEVEL.recommendation : BOOKMARK_LEVEL.slide;
}

/**
 * The speech as the ordered slides of the deck: title, salutation, opening, then each section's slides. The model's
 * slides; validation reads them too.
 */
export function deckSlides(speech: Speech, options: DeckOptions = {}): DeckSlide[] {
  const drafts: Draft[] = [
    {
      id: 'title',
      content: { kind: 'title', titleBlock: speech.titleBlock, lines: titleLines(speech.titleBlock) },
      notes: [],
    },
    {
      id: speech.salutation.id,
      content: { kind: 'salutation', salutation: speech.salutation },
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
          bookmarkLevel: BOOKMARK_LEVEL.top,
        }),
      ),
    ),
  ];
  const words = drafts.map((draft) => countWords(draft.notes.map(paragraphText).join(' ')));
  const timings = slideTimings(words, options.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE);
  const firstWords = words.map((_, index) => words.slice(0, index).reduce((sum, count) => sum + count, 0));
  return drafts.map((draft, index) => ({
    ...draft,
    notes: draft.notes.map((note, at) => ({ ...note, id: paragraphId(draft.id, at) })),
    number: index + 1,
    headline: contentHeadline(draft.content),
    bookmark: { title: contentBookmarkTitle(draft.content), level: bookmarkLevel(draft.content) },
    spokenWords: words[index] ?? 0,
    firstWord: firstWords[index] ?? 0,
    timing: timings[index] ?? 0,
  }));
}

/** The deck model of a validated speech: what every renderer of a page takes. Built once per page. */
export function deckModel(speech: Speech, options: DeckOptions = {}): DeckModel {
  const slides = deckSlides(speech, options);
  return {
    title: titleLines(speech.titleBlock),
    slides,
    sections: speech.sections.map((section) => section.heading),
    totalSeconds: slides.reduce((sum, slide) => sum + slide.timing, 0),
    outputName: outputName(speech.titleBlock),
  };
}

/** Every spoken word of the deck, in order: the speaker notes read from first slide to last. */
export function spokenText(slides: readonly DeckSlide[]): string {
  return slides.flatMap((slide) => slide.notes.map(paragraphText)).join(' ');
}
