import type { DeckModel, DeckSlide, TranslatedSlide } from './deck.ts';
import { html, joinHtml, paragraphIdAttribute, type SafeHtml } from './html.ts';
import type { SlideTranslation, Translation } from './translation.ts';
import type { NoteParagraph } from './slide-content.ts';

// A deck slide's texts in a translation, in the same places as the English: each renderer that shows the translation
// pairs these with the English it already has. Japanese is set without spaces between its parts.

/** The reading view's languages: the English, the translation, or both side by side. */
export const LANGUAGE_MODES = ['en', 'ja', 'both'] as const;
export type LanguageMode = (typeof LANGUAGE_MODES)[number];

/** Where the reading view remembers the reader's choice (localStorage). */
export const LANGUAGE_STORAGE_KEY = 'speech-deck:reading-language';

/** A calendar date as Japanese writes it: "2022年5月19日". */
export function formatDateJa(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

function slideText(translation: Translation, slide: DeckSlide): SlideTranslation {
  const text = translation.slides[slide.id];
  // The build validates the translation against the outline first (translation-check.ts): this is a bug, not input.
  if (text === undefined) throw new Error(`The translation has no slide "${slide.id}".`);
  return text;
}

/**
 * The slide's spoken paragraphs in the translation, one for each of the English notes, in the same order and with
 * the same ids.
 */
export function translatedNotes(slide: DeckSlide, translation: Translation): NoteParagraph[] {
  return notesIn(slide, translation).map((note, index) => {
    const id = slide.notes[index]?.id;
    return id === undefined ? note : { ...note, id };
  });
}

function notesIn(slide: DeckSlide, translation: Translation): NoteParagraph[] {
  const { content } = slide;
  switch (content.kind) {
    case 'title':
      return [];
    case 'salutation': {
      const { dignitaries, closing } = translation.salutation;
      return [
        ...dignitaries.map((dignitary, index) => ({
          text: `${dignitary.role ?? ''}${dignitary.name}、`,
          field: `salutation.dignitaries[${index}]`,
        })),
        { text: `${closing}、`, field: 'salutation.closing' },
      ];
    }
    case 'prose':
      return (slideText(translation, slide).spoken ?? []).map((text, index) => ({ text, field: `spoken[${index}]` }));
    case 'recommendation': {
      const text = slideText(translation, slide);
      return [
        {
          emphasis: `${content.recommendation.number}. ${text.title ?? ''}`,
          text: text.continuation ?? '',
          field: 'recommendation.continuation',
        },
        ...(text.paragraphs ?? []).map((paragraph, index) => ({
          text: paragraph,
          field: `recommendation.paragraphs[${index}]`,
        })),
      ];
    }
  }
}

/** The speech's title in the translation, as its title slide and the handout head it: "アトゥル・カレ氏によるステートメント". */
export function translatedTitle(translation: Pick<Translation, 'titleBlock'>): string {
  return `${translation.titleBlock.speaker}による${translation.titleBlock.kind}`;
}

/** The words that head the slide on screen, translated: the Japanese headline under the English, the handout's heading. */
export function translatedHeadline(slide: DeckSlide, translation: Translation): string {
  const { content } = slide;
  switch (content.kind) {
    case 'title':
      return translatedTitle(translation);
    case 'salutation':
      return translation.salutation.closing;
    case 'prose':
      return slideText(translation, slide).headline ?? '';
    case 'recommendation': {
      const text = slideText(translation, slide);
      return text.headline ?? (text.title ?? '').replace(/[。、.,]$/, '');
    }
  }
}

function translatedSlide(slide: DeckSlide, translation: Translation): TranslatedSlide {
  const headline = translatedHeadline(slide, translation);
  return {
    headline,
    // The slide's name in the translated handout and its bookmarks: a recommendation's after its number.
    bookmark:
      slide.content.kind === 'recommendation' ? `${slide.content.recommendation.number}. ${headline}` : headline,
    sectionHeading: slide.section ? translation.headings[slide.section.index] : undefined,
    notes: translatedNotes(slide, translation),
  };
}

/**
 * The model with its translation joined: each slide carries its own texts in the translation, so that no renderer
 * looks a slide up in the translation by its id. Built once per page, with the model.
 */
export function withTranslation(model: DeckModel, translation: Translation | undefined): DeckModel {
  if (translation === undefined) return model;
  const { lang, name, label, titleBlock, handout } = translation;
  return {
    ...model,
    slides: model.slides.map((slide) => ({ ...slide, translated: translatedSlide(slide, translation) })),
    translation: { lang, name, label, titleBlock, handout },
  };
}

/** Paragraphs in Japanese: the recommendation's number and title in bold, the words that follow without a space. */
export function renderTranslatedParagraphs(notes: readonly NoteParagraph[]): SafeHtml {
  const paragraphs = notes.map(
    (paragraph) =>
      html`<p${paragraphIdAttribute(paragraph)}>${paragraph.emphasis && html`<strong>${paragraph.emphasis}</strong>`}${paragraph.text}</p>`,
  );
  return joinHtml(paragraphs, '\n');
}
