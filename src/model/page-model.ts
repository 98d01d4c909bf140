import * as v from 'valibot';
import type { DeckModel } from './deck.ts';
import { html, raw } from './html.ts';
import { DEFAULT_WORDS_PER_MINUTE } from './timing.ts';
import { paragraphText } from './slide-content.ts';
import { spokenWords } from './words.ts';

// What the browser needs of the model, written by the build into each page that runs it, as JSON, and parsed there
// once at start against the same schema: the browser copies what the build decided and derives nothing from the
// page's markup. A page whose model does not parse starts nothing.

/** Where the page holds its model: a `<script type="application/json">` with this id (data: the browser runs none). */
export const PAGE_MODEL_ID = 'page-model';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const SLIDE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SlideId = v.pipe(v.string(), v.regex(SLIDE_ID));
const ParagraphId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[1-9]\d*$/));

const ParagraphSchema = v.strictObject({
  /** The paragraph's stable id, as the pages mark it (`data-paragraph="diet-1.2"`). */
  id: ParagraphId,
  /** Where its words start among the speech's spoken words, counted from 0 across the whole speech. */
  firstWord: Count,
  /**
   * Its spoken words in order, as words.ts counts them (a lone dash is none): in the models of the speaker's tools
   * and the clicker, which read them; left out where a page reads none.
   */
  words: v.optional(v.array(v.string())),
});

const SectionSchema = v.strictObject({
  heading: v.string(),
  /** 0-based place among the sections. */
  index: Count,
  /** The slide opens the section. */
  opens: v.boolean(),
  /** Where the section stands in the PDFs' bookmarks, on the slide that opens it. */
  bookmarkLevel: v.pipe(Count, v.minValue(1)),
});

const SlideSchema = v.strictObject({
  id: SlideId,
  /** 1-based place in the deck. */
  number: v.pipe(Count, v.minValue(1)),
  /** The words that head the slide on screen: its cue in the script, its name on the clicker and the audience's page. */
  headline: v.string(),
  /** Its name in the bookmarks and the hall's pages: a recommendation's after its number. */
  bookmark: v.string(),
  /** Where the slide stands in the PDFs' bookmarks: 1 at the top. */
  bookmarkLevel: v.pipe(Count, v.minValue(1)),
  section: v.optional(SectionSchema),
  /** Seconds the plan gives the slide. */
  seconds: Count,
  /** Words spoken over the slide. */
  words: Count,
  /** Where the slide's words start among the speech's spoken words. */
  firstWord: Count,
  /** The spoken paragraphs, on pages that read them (the deck itself reads none). */
  paragraphs: v.optional(v.array(ParagraphSchema)),
  /** The slide in the translation: its headline and, on pages that show them, its paragraphs (same order and ids). */
  translation: v.optional(v.strictObject({ headline: v.string(), paragraphs: v.optional(v.array(v.string())) })),
});

const ModelSchema = v.strictObject({
  /** The section headings, in order. */
  sections: v.array(v.string()),
  slides: v.pipe(v.array(SlideSchema), v.minLength(1)),
  /** The plan's length: the slides' seconds added up. */
  totalSeconds: Count,
  /** The speech's spoken words. */
  totalWords: Count,
  /** The speaking rate the plan assumes, in words a minute. */
  wordsPerMinute: v.pipe(v.number(), v.minValue(1)),
  /** The translation's language, if the slides carry one. */
  translation: v.optional(v.strictObject({ lang: v.string(), name: v.string(), label: v.string() })),
});

/**
 * The slides in order, each one's words counted on from the last one's, its paragraphs in order within it (each
 * ending where the next begins, where the words are given), and the totals their sums.
 */
function addsUp(model: v.InferOutput<typeof ModelSchema>): boolean {
  let word = 0;
  let seconds = 0;
  const slides = model.slides.every((slide, index) => {
    if (slide.number !== index + 1 || slide.firstWord !== word) return false;
    const end = slide.firstWord + slide.words;
    const given = slide.paragraphs ?? [];
    const paragraphs = given.every((paragraph, at) => {
      const next = given[at + 1]?.firstWord ?? end;
      if (paragraph.firstWord < slide.firstWord || next < paragraph.firstWord) return false;
      return paragraph.words === undefined || paragraph.firstWord + paragraph.words.length === next;
    });
    word = end;
    seconds += slide.seconds;
    return paragraphs && (given[0]?.firstWord ?? slide.firstWord) === slide.firstWord;
  });
  return slides && seconds === model.totalSeconds && word === model.totalWords;
}

/** The page model: the one schema of the build that writes it and the browser that reads it. */
export const PageModelSchema = v.pipe(
  ModelSchema,
  v.check(addsUp, 'the slides, their paragraphs and the totals do not add up'),
);

export type PageModel = v.InferOutput<typeof PageModelSchema>;
export type PageSlide = PageModel['slides'][number];

export interface PageModelOptions {
  /** The speaking rate the model's timings assume, in words a minute. @default 130 */
  readonly wordsPerMinute?: number | undefined;
  /** The paragraphs' ids and first words, for a page that finds paragraphs; `words` with their words too. */
  readonly paragraphs?: 'ids' | 'words' | undefined;
  /** The translation's headlines; `texts` with its paragraphs too, for a page that shows them. */
  readonly translation?: 'headlines' | 'texts' | undefined;
}

/** What the browser needs of the deck model, as the page model. */
export function pageModel(model: DeckModel, options: PageModelOptions = {}): PageModel {
  const slides = model.slides.map((slide): PageSlide => {
    let word = slide.firstWord;
    const paragraphs = slide.notes.map((note, index) => {
      const words = spokenWords(paragraphText(note));
      const paragraph = { id: note.id ?? `${slide.id}.${index + 1}`, firstWord: word };
      word += words.length;
      return options.paragraphs === 'words' ? { ...paragraph, words } : paragraph;
    });
    const { translated } = slide;
    return {
      id: slide.id,
      number: slide.number,
      headline: slide.headline,
      bookmark: slide.bookmark.title,
      bookmarkLevel: slide.bookmark.level,
      ...(slide.section && {
        section: {
          heading: slide.section.heading,
          index: slide.section.index,
          opens: slide.section.opens,
          bookmarkLevel: slide.section.bookmarkLevel,
        },
      }),
      seconds: slide.timing,
      words: slide.spokenWords,
      firstWord: slide.firstWord,
      ...(options.paragraphs && { paragraphs }),
      ...(translated &&
        options.translation && {
          translation: {
            headline: translated.headline,
            ...(options.translation === 'texts' && {
              paragraphs: translated.notes.map((note) => `${note.emphasis ?? ''}${note.text}`),
            }),
          },
        }),
    };
  });
  return {
    sections: [...model.sections],
    slides,
    totalSeconds: model.totalSeconds,
    totalWords: slides.reduce((sum, slide) => sum + slide.words, 0),
    wordsPerMinute: options.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE,
    ...(model.translation &&
      options.translation && {
        translation: { lang: model.translation.lang, name: model.translation.name, label: model.translation.label },
      }),
  };
}

/**
 * The page model as the element that carries it. `<` is written as `\u003c`, so that no text of the outline can close
 * the element or open a comment; JSON reads it back as the same character.
 */
export function renderPageModel(model: PageModel): string {
  const json = JSON.stringify(model).replace(/</g, '\\u003c');
  return html`<script type="application/json" id="${PAGE_MODEL_ID}">${raw(json)}</script>`.toString();
}
