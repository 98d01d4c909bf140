import type { DeckSlide } from './deck.ts';
import type { HandoutTranslation, TranslatedHandoutSlide } from './handout.ts';
import type { TitleLines } from './title.ts';
import type { Translation } from './translation.ts';
import {
  formatDateJa,
  renderTranslatedParagraphs,
  translatedBookmark,
  translatedHeading,
  translatedNotes,
  translatedTitle,
} from './translation-view.ts';

/** The handout's words in the translation: its title, byline and the words around the slides. */
export function handoutTranslation(lines: TitleLines, translation: Translation): HandoutTranslation {
  const t = translation.titleBlock;
  return {
    lang: translation.lang,
    label: translation.label,
    title: translatedTitle(translation),
    byline: `${t.speakerRole}、${t.audience}、${t.venue}、${formatDateJa(lines.isoDate)}`,
    slide: translation.handout.slide,
    silent: translation.handout.silent,
  };
}

/** A slide's heading, section and notes in the translation, for the handout. */
export function translatedHandoutSlide(slide: DeckSlide, translation: Translation): TranslatedHandoutSlide {
  return {
    headline: translatedBookmark(slide, translation),
    opensSection: slide.section?.opens ? translatedHeading(slide, translation) : undefined,
    notesHtml: renderTranslatedParagraphs(translatedNotes(slide, translation)),
  };
}
