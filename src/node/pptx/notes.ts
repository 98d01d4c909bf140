import type { DeckSlide } from '../../model/deck.ts';
import { planText } from '../../model/script.ts';
import type { Translation } from '../../model/translation.ts';
import { translatedNotes } from '../../model/translated-slides.ts';
import type { NoteParagraph } from '../../model/slide-content.ts';

/** The notes' languages, as the handout's: the English, the Japanese (仮訳), or each English block then its Japanese. */
export const NOTES_LANGUAGES = ['en', 'ja', 'both'] as const;
export type NotesLanguage = (typeof NOTES_LANGUAGES)[number];

/** A run of a notes paragraph: the recommendation's number and title are bold, as in the source and the deck's notes. */
interface NotesRun {
  readonly text: string;
  readonly bold?: boolean;
}

/** One paragraph of a slide's notes, in its language (BCP 47). */
export interface NotesParagraph {
  readonly runs: readonly NotesRun[];
  readonly lang: string;
  /** The plan's line ("42 s · 91 words"), not the speech. */
  readonly plan?: boolean;
}

/** The line that heads each slide's notes: the planned seconds and spoken words, as the speaker's script cues them. */
function planLine(slide: DeckSlide): string {
  return `Plan: ${planText(slide.timing, slide.spokenWords)}`;
}

/** A paragraph of the speech: the emphasis and the words after it, a space between in English and none in Japanese. */
function spoken(paragraph: NoteParagraph, lang: string, separator: string): NotesParagraph {
  const runs: NotesRun[] = [];
  if (paragraph.emphasis) runs.push({ text: paragraph.emphasis, bold: true });
  if (paragraph.text) runs.push({ text: runs.length > 0 ? `${separator}${paragraph.text}` : paragraph.text });
  return { runs, lang };
}

/**
 * A slide's notes: the plan's line, then each paragraph spoken over it, verbatim: the English from the deck model's
 * notes (the speaker view's and the handout's words), the Japanese from the translation as the handout reads it.
 */
export function slideNotes(
  slide: DeckSlide,
  english: string,
  language: NotesLanguage,
  translation?: Translation,
): NotesParagraph[] {
  const plan: NotesParagraph = { runs: [{ text: planLine(slide) }], lang: english, plan: true };
  const inEnglish = slide.notes.map((paragraph) => spoken(paragraph, english, ' '));
  if (language === 'en' || translation === undefined) return [plan, ...inEnglish];
  const japanese = translatedNotes(slide, translation).map((paragraph) => spoken(paragraph, translation.lang, ''));
  const inJapanese =
    japanese.length > 0 ? japanese : [{ runs: [{ text: translation.handout.silent }], lang: translation.lang }];
  return language === 'ja' ? [plan, ...inJapanese] : [plan, ...inEnglish, ...inJapanese];
}

/** The notes as plain text, a paragraph a line: what pptxgenjs is given, before the package's step sets them out. */
export function notesText(paragraphs: readonly NotesParagraph[]): string {
  return paragraphs.map((paragraph) => paragraph.runs.map((run) => run.text).join('')).join('\n');
}
