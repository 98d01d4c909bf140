import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { deckModel, type DeckOptions } from '../model/deck.ts';
import { composeHandout } from '../model/handout-page.ts';
import { html as markup, raw } from '../model/html.ts';
import { pageModel, renderPageModel } from '../model/page-model.ts';
import { renderReading } from '../model/reading.ts';
import { renderDeck } from '../model/render.ts';
import { translationText, type Translation } from '../model/translation.ts';
import { withTranslation } from '../model/translation-view.ts';
import { slideSizeProperties } from '../model/slide-size.ts';
import { outputName } from '../model/title.ts';
import type { Speech } from '../model/types.ts';
import { DEFAULT_OUTLINE, RENDERERS } from './build-inputs.ts';
import { renderScriptTemplate } from '../model/script.ts';
import { DEFAULT_TRANSLATION, loadDeckSources, type DeckSources } from './deck-sources.ts';
import { faviconHref } from './favicon.ts';
import { withJapaneseFace } from './japanese-face.ts';

/** Options of `speechDeck()`, the Vite plugin that renders the outline into the pages. */
export interface SpeechDeckOptions extends DeckOptions {
  /**
   * The outline module, relative to the Vite root; it exports `speech`.
   * @default 'slides/speech.ts'
   * @see Speech in ../model/types.ts
   */
  readonly outline?: string;
  /**
   * The stylesheet whose `--accent` colours the favicon, relative to the Vite root: the colour is defined once, there.
   * @default 'src/client/theme/palette.css'
   */
  readonly theme?: string;
  /**
   * The translation module, relative to the Vite root; it exports `translation`, typed against the outline. `false`,
   * or no file at the default path: English only.
   * @default 'slides/translations/ja.ts'
   * @see TranslationOf in ../model/translation.ts
   */
  readonly translation?: string | false;
  /**
   * Renders each slide's headline in the translation under the English, hidden until J is pressed: about 1.4 KB
   * gzipped, within the deck's first-load budget.
   * @default true
   */
  readonly japaneseHeadlines?: boolean;
}

/** What the plugin tells the other plugins of the build (`plugin.api`), from the outline it loaded. */
export interface SpeechDeckApi {
  /** The name of the files that carry the speech alone, from its kind and date: `statement-2022-05-19`. */
  outputName(): Promise<string>;
}

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
/** Where the deck page holds the speaker's script for the speaker view (optional: only the deck has it). */
const SCRIPT_MARKER = '<!--speech-deck:script-->';
/** Where a page that runs our scripts gets its page model; the second with the translation's paragraphs. */
export const MODEL_MARKER = '<!--speech-deck:model-->';
const MODEL_WITH_TRANSLATION_MARKER = '<!--speech-deck:model-with-translation-->';

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
    .replace(SCRIPT_MARKER, () => renderScriptTemplate(model))
    .replace(MODEL_MARKER, () => renderPageModel(pageModel(model, { wordsPerMinute })))
    .replace(MODEL_WITH_TRANSLATION_MARKER, () => renderPageModel(pageModel(model, { wordsPerMinute, full: true })))
    .replace(READING_MARKER, () => renderReading(model))
    .replace(HANDOUT_MARKER, () => composeHandout(model));
}

/** An error whose message says it all: Node's inspect (which Vite's CLI prints) shows it without a stack. */
class PlainError extends Error {
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.message;
  }
}

/** Under `vite dev`, a page that lists what is wrong, in place of the deck; it reloads once the outline is saved. */
function problemPage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return markup`<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>The outline needs fixing</title></head><body><pre>${text}</pre></body></html>`.toString();
}

type Loaded = ({ readonly ok: true } & DeckSources) | { readonly ok: false; readonly error: unknown };

/**
 * Renders the speech outline into index.html and read.html at build time and on every dev request, so the served
 * page holds every slide and note before any JavaScript runs. The outline is loaded and validated once per build (and
 * once per edit under `vite dev`): a mistake fails `vite build` with the list of problems, and under `vite dev` is
 * printed once and shown in the page until it is fixed.
 * @see https://vite.dev/guide/api-plugin
 */
export function speechDeck(options: SpeechDeckOptions = {}): Plugin {
  const { outline = DEFAULT_OUTLINE, theme = 'src/client/theme/palette.css', wordsPerMinute } = options;
  const { translation = DEFAULT_TRANSLATION, japaneseHeadlines = true } = options;
  // The default translation is optional (a project may have none); one named in the options must exist.
  const files = { outline, theme, translation, translationRequired: options.translation !== undefined };
  let root = process.cwd();
  let serving = false;
  let report: (message: string) => void = () => undefined;
  let loaded: Promise<Loaded> | undefined;
  const watched = () => [path.resolve(root, path.dirname(outline)), path.resolve(root, RENDERERS)];
  const load = () =>
    (loaded ??= loadDeckSources(root, files).then(
      (sources): Loaded => ({ ok: true, ...sources }),
      (error: unknown): Loaded => {
        if (serving) report(error instanceof Error ? error.message : String(error));
        return { ok: false, error };
      },
    ));
  const api: SpeechDeckApi = {
    async outputName() {
      const result = await load();
      if (!result.ok) throw result.error;
      return outputName(result.speech.titleBlock);
    },
  };
  return {
    name: 'speech-deck',
    api,
    // Before the build starts, so that a broken outline fails it once, as the list of problems, without a stack.
    async configResolved(config) {
      root = config.root;
      serving = config.command === 'serve';
      report = (message) => {
        config.logger.error(message, { timestamp: true });
      };
      if (serving) return;
      const result = await load();
      if (!result.ok) throw result.error;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        const result = await load();
        if (!result.ok) {
          if (serving) return problemPage(result.error);
          throw result.error;
        }
        const page = path.basename(context.filename);
        const filled = injectDeck(html, { ...result, wordsPerMinute, japaneseHeadlines, page });
        return result.translation ? withJapaneseFace(filled, translationText(result.translation)) : filled;
      },
    },
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      if (!existsSync(path.join(outDir, 'index.html'))) {
        throw new PlainError(`Nothing to preview: ${outDir} holds no build. Run \`npm run build\` first.`);
      }
    },
    configureServer(server) {
      server.watcher.add(watched());
      void load();
    },
    hotUpdate({ file, server }) {
      if (this.environment.name !== 'client') return;
      if (watched().some((folder) => file.startsWith(folder + path.sep))) {
        loaded = undefined;
        void load();
        server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}
