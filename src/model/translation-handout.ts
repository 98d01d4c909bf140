import type { DeckSlide, TranslatedSlide, TranslationInfo } from './deck.ts';
import type { HandoutTranslation, TranslatedHandoutSlide } from './handout.ts';
import type { TitleLines } from './title.ts';
import { formatDateJa, renderTranslatedParagraphs, translatedTitle } from './translated-slides.ts';

/** The handout's words in the translation: its title, byline and the words around the slides. */
export function handoutTranslation(lines: TitleLines, translation: TranslationInfo): HandoutTranslation {
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
export function translatedHandoutSlide(slide: DeckSlide, translated: TranslatedSlide): TranslatedHandoutSlide {
  return {
    headline: translated.bookmark,
    opensSection: slide.section?.opens ? translated.sectionHeading : undefined,
    notesHtml: renderTranslatedParagraphs(translated.notes),
  };
}
