import type { Plugin } from 'vite';

/** reveal.js's stylesheet, as the deck imports it (src/client/main.ts). */
const REVEAL_CSS = /[\\/]node_modules[\\/]reveal\.js[\\/]dist[\\/]reveal\.css$/;
/** The link preview's loading image: a 4 KB GIF, about 3 KB of every first load gzipped. */
const SPINNER_IMAGE = /(\.r-overlay-spinner\s*\{[^}]*?)background-image:\s*url\(data:image\/gif;base64,[^)]*\);?/;

/**
 * Leaves out of reveal.js's stylesheet the one image the deck never shows: the spinner of reveal.js's link and
 * image previews (`data-preview-link`), which no slide uses. A reveal.js whose stylesheet no longer has it fails the
 * build with this file's name, rather than quietly carrying what the first-load budget was measured without.
 */
export function revealCssTrim(): Plugin {
  return {
    name: 'speech-deck:reveal-css',
    enforce: 'pre',
    transform(code, id) {
      if (!REVEAL_CSS.test(id)) return undefined;
      if (!SPINNER_IMAGE.test(code)) {
        this.error(
          "reveal.js's stylesheet has no link-preview spinner image to leave out: update SPINNER_IMAGE in src/node/reveal-css-plugin.ts, or remove the plugin.",
        );
      }
      return { code: code.replace(SPINNER_IMAGE, '$1'), map: null };
    },
  };
}
