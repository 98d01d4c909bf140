import { deckSlides, type DeckOptions } from '../deck/deck.ts';
import { formatDate } from '../deck/dates.ts';
import { renderHandout } from '../deck/handout.ts';
import { renderParagraphs } from '../deck/html.ts';
import { renderSlide } from '../deck/render.ts';
import { bookmarkTitle } from '../deck/screen.ts';
import type { Translation } from '../deck/translation.ts';
import { handoutTranslation, translatedHandoutSlide } from '../deck/translation-handout.ts';
import { translatedHeadline } from '../deck/translation-view.ts';
import type { Speech } from '../deck/types.ts';

/**
 * The handout's body: composes the slide renderer and the notes renderer into the handout renderer, which never
 * imports them itself.
 */
export function composeHandout(
  speech: Speech,
  options: DeckOptions & { readonly translation?: Translation | undefined } = {},
): string {
  const block = speech.titleBlock;
  const { translation } = options;
  return renderHandout({
    translation: translation && handoutTranslation(block, translation),
    title: `${block.kind} of ${block.speaker}`,
    byline: `${block.speakerRole}, to ${block.audience}, ${block.venue}, ${formatDate(block.date)}`,
    slides: deckSlides(speech, options).map((slide) => ({
      id: slide.id,
      number: slide.number,
      headline: bookmarkTitle(slide),
      opensSection: slide.section?.opens ? slide.section.heading : undefined,
      nested: slide.view.kind === 'recommendation',
      // The slide's headings are the deck's; in the handout its own headings carry the structure and the bookmarks.
      slideHtml: renderSlide(slide, translation && translatedHeadline(slide, translation)).replace(
        /<h([1-6])\b/g,
        '<h$1 role="none"',
      ),
      notesHtml: renderParagraphs(slide.notes),
      translated: translation && translatedHandoutSlide(slide, translation),
    })),
  });
}
