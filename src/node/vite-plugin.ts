import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { deckModel, type DeckOptions } from '../model/deck.ts';
import { html as markup } from '../model/html.ts';
import { pageModel } from '../model/page-model.ts';
import { renderScript } from '../model/script.ts';
import { translationText } from '../model/translation.ts';
import { withTranslation } from '../model/translated-slides.ts';
import { outputName } from '../model/title.ts';
import { DEFAULT_OUTLINE, RENDERERS } from './build-inputs.ts';
import { DEFAULT_TRANSLATION, loadDeckSources, type DeckSources } from './deck-sources.ts';
import { withJapaneseFace } from './japanese-face.ts';
import { injectDeck } from './page-html.ts';

/**
 * The speaker's tools' data, as a module the browser code imports (src/client/speaker/tools.ts): the speaker's script
 * as HTML, and the page model with every paragraph's words, as JSON that the tools parse with the page model's schema.
 */
const SPEAKER_DATA_MODULE = 'virtual:speech-deck/speaker-data';
const RESOLVED_SPEAKER_DATA = `\0${SPEAKER_DATA_MODULE}`;

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
    resolveId(id) {
      return id === SPEAKER_DATA_MODULE ? RESOLVED_SPEAKER_DATA : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_SPEAKER_DATA) return undefined;
      const result = await load();
      if (!result.ok) throw result.error;
      const model = withTranslation(deckModel(result.speech, { wordsPerMinute }), result.translation);
      const data = {
        scriptHtml: renderScript(model),
        modelJson: JSON.stringify(pageModel(model, { paragraphs: 'words', translation: 'headlines' })),
      };
      return Object.entries(data)
        .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
        .join('\n');
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
