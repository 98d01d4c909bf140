import type { DeckModel } from './deck.ts';
import { renderHandout } from './handout.ts';
import { renderParagraphs } from './html.ts';
import { renderSlide } from './render.ts';
import { handoutTranslation, translatedHandoutSlide } from './translation-handout.ts';

/**
 * The handout's body: composes the slide renderer and the notes renderer into the handout renderer, which never
 * imports them itself. With the model's translation, the page holds both languages and the print chooses
 * (pdf/handout.ts).
 */
export function composeHandout(model: DeckModel): string {
  return renderHandout({
    translation: model.translation && handoutTranslation(model.title, model.translation),
    title: model.title.heading,
    byline: `${model.title.role}, ${model.title.occasion}`,
    slides: model.slides.map((slide) => ({
      id: slide.id,
      number: slide.number,
      headline: slide.bookmark.title,
      opensSection: slide.section?.opens ? slide.section.heading : undefined,
      nested: slide.content.kind === 'recommendation',
      // The slide's headings are the deck's; in the handout its own headings carry the structure and the bookmarks.
      slideHtml: renderSlide(slide, 'none', slide.translated?.headline),
      notesHtml: renderParagraphs(slide.notes),
      translated: slide.translated && translatedHandoutSlide(slide, slide.translated),
    })),
  });
}
