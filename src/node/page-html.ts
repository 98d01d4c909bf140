import * as v from 'valibot';
import type { DeckOptions } from '../model/deck.ts';
import { deckModel } from '../model/deck.ts';
import { composeHandout } from '../model/handout-page.ts';
import { html as markup, raw } from '../model/html.ts';
import { pageModel, renderPageModel } from '../model/page-model.ts';
import { renderReading } from '../model/reading.ts';
import { renderDeck } from '../model/render.ts';
import { slideSizeProperties } from '../model/slide-size.ts';
import type { Translation } from '../model/translation.ts';
import { withTranslation } from '../model/translated-slides.ts';
import type { Speech } from '../model/types.ts';
import { faviconHref } from './favicon.ts';

// The pages as the build fills them: each placeholder of a page's HTML replaced by what a renderer makes of the model.

/** What `injectDeck` fills a page with. */
export interface InjectOptions extends DeckOptions {
  /** A validated outline. */
  readonly speech: Speech;
  /** A validated translation, shown where the pages offer it. */
  readonly translation?: Translation | undefined;
  /** The translation's headlines in the deck too (SpeechDeckOptions.japaneseHeadlines). @default false */
  readonly japaneseHeadlines?: boolean | undefined;
  /** The favicon's colour, as CSS. */
  readonly accent: string;
  /**
   * The page's file name, for messages.
   * @default 'index.html'
   */
  readonly page?: string;
}

/** Placeholders that the plugin fills from the outline: the head in every page, and each page's body. */
export const HEAD_MARKER = '<!--speech-deck:head-->';
export const SLIDES_MARKER = '<!--speech-deck:slides-->';
export const READING_MARKER = '<!--speech-deck:reading-->';
export const HANDOUT_MARKER = '<!--speech-deck:handout-->';
/**
 * Where a page that runs our scripts gets its page model (page-model.ts): `<!--speech-deck:model-->` carries the
 * slides and the plan; `paragraphs=ids` or `paragraphs=words`, and `translation=headlines` or `translation=texts`,
 * after `model` add what the page reads of them (PageModelOptions).
 */
export const MODEL_MARKER = '<!--speech-deck:model';
const MODEL_MARKERS = /<!--speech-deck:model((?: [a-z]+=[a-z]+)*)-->/g;
const ModelFlags = v.strictObject({
  paragraphs: v.optional(v.picklist(['ids', 'words'])),
  translation: v.optional(v.picklist(['headlines', 'texts'])),
});

/** The page model's options as a page's placeholder states them; a flag the model does not know fails the build. */
function modelOptions(flags: string, page: string): v.InferOutput<typeof ModelFlags> {
  const pairs = flags
    .trim()
    .split(' ')
    .filter((pair) => pair !== '')
    .map((pair) => pair.split('='));
  const parsed = v.safeParse(ModelFlags, Object.fromEntries(pairs));
  if (!parsed.success) throw new Error(`${page}: ${MODEL_MARKER}${flags}--> asks for what no page model has.`);
  return parsed.output;
}

/** Fills a page's placeholders with the rendered outline: the deck model is built once, and each renderer takes it. */
export function injectDeck(html: string, options: InjectOptions): string {
  const { speech, accent, translation, wordsPerMinute, page = 'index.html' } = options;
  if (!html.includes(HEAD_MARKER)) throw new Error(`${page} has no ${HEAD_MARKER} placeholder for the deck.`);
  const bodies = [SLIDES_MARKER, READING_MARKER, HANDOUT_MARKER, MODEL_MARKER];
  if (!bodies.some((marker) => html.includes(marker))) {
    throw new Error(`${page} has no ${bodies.join(', ')} placeholder for the deck.`);
  }
  const model = withTranslation(deckModel(speech, { wordsPerMinute }), translation);
  // The slide's size for the stylesheets, from its one definition.
  const head =
    markup`<title>${model.title.document}</title>\n    <link rel="icon" href="${faviconHref(accent)}" type="image/svg+xml" />\n    <style>${raw(slideSizeProperties())}</style>`.toString();
  return html
    .replace(HEAD_MARKER, () => head)
    .replace(SLIDES_MARKER, () => renderDeck(model, { japaneseHeadlines: options.japaneseHeadlines === true }))
    .replace(MODEL_MARKERS, (_, flags: string) =>
      renderPageModel(pageModel(model, { wordsPerMinute, ...modelOptions(flags, page) })),
    )
    .replace(READING_MARKER, () => renderReading(model))
    .replace(HANDOUT_MARKER, () => composeHandout(model));
}
