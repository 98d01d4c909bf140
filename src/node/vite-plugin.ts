import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { renderDeck } from '../deck/render.ts';
import type { Speech } from '../deck/types.ts';
import { validateSpeech } from '../deck/validate.ts';
import { escapeHtml } from '../deck/html.ts';
import { iconSvg } from '../deck/icons.ts';

export interface SpeechDeckOptions {
  /** The outline module, relative to the Vite root; it exports `speech`. */
  readonly outline: string;
  readonly wordsPerMinute?: number;
}

/** Placeholders in index.html that the plugin fills from the outline. */
export const SLIDES_MARKER = '<!--speech-deck:slides-->';
export const HEAD_MARKER = '<!--speech-deck:head-->';

/** The favicon: an icon from the deck's icon set in the theme's accent colour, inlined so it costs no request. */
function faviconHref(): string {
  const svg = iconSvg('Globe', 'favicon').replace('stroke="currentColor"', 'stroke="#00689d"');
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Fills index.html's placeholders with the rendered outline, after validating it. */
export function injectDeck(html: string, speech: Speech, wordsPerMinute?: number): string {
  for (const marker of [HEAD_MARKER, SLIDES_MARKER]) {
    if (!html.includes(marker)) throw new Error(`index.html has no ${marker} placeholder for the deck.`);
  }
  const deck = renderDeck(validateSpeech(speech), wordsPerMinute === undefined ? {} : { wordsPerMinute });
  const head = `<title>${escapeHtml(deck.title)}</title>\n    <link rel="icon" href="${escapeHtml(faviconHref())}" type="image/svg+xml" />`;
  return html.replace(HEAD_MARKER, () => head).replace(SLIDES_MARKER, () => deck.html);
}

async function loadSpeech(file: string): Promise<Speech> {
  // A fresh module runner each time, so that an edited outline is read anew under `vite dev`.
  const { module } = await runnerImport<{ speech?: Speech }>(file, { configFile: false, logLevel: 'error' });
  if (module.speech === undefined) throw new Error(`${file} does not export \`speech\`.`);
  return module.speech;
}

/**
 * Renders the speech outline into index.html at build time and on every dev request, so the served page holds every
 * slide and note before any JavaScript runs; editing the outline or the renderers reloads the deck under `vite dev`.
 */
export function speechDeck(options: SpeechDeckOptions): Plugin {
  let root = process.cwd();
  const watched = () => [path.resolve(root, path.dirname(options.outline)), path.resolve(root, 'src/deck')];
  return {
    name: 'speech-deck',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const speech = await loadSpeech(path.resolve(root, options.outline));
        return injectDeck(html, speech, options.wordsPerMinute);
      },
    },
    configureServer(server) {
      server.watcher.add(watched());
    },
    hotUpdate({ file, server }) {
      if (this.environment.name !== 'client') return;
      if (watched().some((folder) => file.startsWith(folder + path.sep))) {
        server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}
