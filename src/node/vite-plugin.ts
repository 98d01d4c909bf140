import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { renderReading } from '../deck/reading.ts';
import { renderDeck } from '../deck/render.ts';
import type { Speech } from '../deck/types.ts';
import { validateSpeech } from '../deck/validate.ts';
import { escapeHtml } from '../deck/html.ts';
import { iconSvg } from '../deck/icons.ts';
import { renderScriptTemplate } from '../deck/script.ts';

export interface SpeechDeckOptions {
  /** The outline module, relative to the Vite root; it exports `speech`. */
  readonly outline: string;
  readonly wordsPerMinute?: number;
}

/** Placeholders that the plugin fills from the outline: the head in every page, and each page's body. */
export const HEAD_MARKER = '<!--speech-deck:head-->';
export const SLIDES_MARKER = '<!--speech-deck:slides-->';
export const READING_MARKER = '<!--speech-deck:reading-->';
/** Where the deck page holds the speaker's script for the speaker view (optional: only the deck has it). */
const SCRIPT_MARKER = '<!--speech-deck:script-->';

/** The favicon: an icon from the deck's icon set in the theme's accent colour, inlined so it costs no request. */
function faviconHref(): string {
  const svg = iconSvg('Globe', 'favicon').replace('stroke="currentColor"', 'stroke="#00557f"');
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Fills a page's placeholders with the rendered outline, after validating it. */
export function injectDeck(html: string, speech: Speech, wordsPerMinute?: number, page = 'index.html'): string {
  if (!html.includes(HEAD_MARKER)) throw new Error(`${page} has no ${HEAD_MARKER} placeholder for the deck.`);
  if (!html.includes(SLIDES_MARKER) && !html.includes(READING_MARKER)) {
    throw new Error(`${page} has no ${SLIDES_MARKER} or ${READING_MARKER} placeholder for the deck.`);
  }
  const valid = validateSpeech(speech);
  const deck = renderDeck(valid, wordsPerMinute === undefined ? {} : { wordsPerMinute });
  const head = `<title>${escapeHtml(deck.title)}</title>\n    <link rel="icon" href="${escapeHtml(faviconHref())}" type="image/svg+xml" />`;
  return html
    .replace(HEAD_MARKER, () => head)
    .replace(SLIDES_MARKER, () => deck.html)
    .replace(SCRIPT_MARKER, () => renderScriptTemplate(deck.slides))
    .replace(READING_MARKER, () => renderReading(valid));
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
      async handler(html, context) {
        const speech = await loadSpeech(path.resolve(root, options.outline));
        return injectDeck(html, speech, options.wordsPerMinute, path.basename(context.filename));
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
