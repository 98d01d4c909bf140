import { defineConfig, type PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { buildMarker } from './src/node/build-marker-plugin.ts';
import { DEFAULT_OUTLINE, PAGES } from './src/node/build-inputs.ts';
import { contentSecurityPolicyPlugin } from './src/node/csp-plugin.ts';
import { deckJapaneseFace } from './src/node/japanese-face.ts';
import { oneFile } from './src/node/one-file-plugin.ts';
import { revealCssTrim } from './src/node/reveal-css-plugin.ts';
import { outDirGuard } from './src/node/out-dir.ts';
import { morePages } from './src/node/pages-plugin.ts';
import { speakerTools } from './src/node/speaker-tools-plugin.ts';
import { speechDeck } from './src/node/vite-plugin.ts';
import { voiceReference } from './src/node/voice-plugin.ts';

/**
 * What every page is built with. Each built page is one self-contained file (scripts, styles, fonts and lazy chunks
 * inlined): Chromium refuses module scripts and `crossorigin` stylesheets from a page opened from a folder
 * (file://, origin null; vitejs/vite#13201), and a page with nothing to fetch also loads sooner.
 */
const pagePlugins = (deckOnly: PluginOption[] = []): PluginOption[] => [
  speechDeck({ outline: DEFAULT_OUTLINE }),
  // reveal.js's link-preview spinner, which no slide shows, is left out of every page's stylesheet.
  revealCssTrim(),
  viteSingleFile({ removeViteModuleLoader: true }),
  ...deckOnly,
  contentSecurityPolicyPlugin(),
  // Marks the folder as a build of ours, listing its files: `npm run pdf -- --dist` replaces nothing else.
  buildMarker(),
];

export default defineConfig({
  // Relative URLs, so dist/ works from any path of a static host and from a folder.
  base: './',
  plugins: [
    // Before Vite empties the output folder: refuses one that holds files this build did not write.
    outDirGuard(),
    ...pagePlugins([
      // The speaker's tools (view, script, rehearsal) as a file of their own, loaded on S, T or ?speaker: what the
      // projector loads is the deck.
      speakerTools({ plugins: () => [speechDeck({ outline: DEFAULT_OUTLINE })] }),
      // The deck as one file named after the speech (its kind and date, statement-2022-05-19.html), to e-mail or
      // carry on a USB stick; it carries the speaker's tools inline.
      oneFile(),
    ]),
    // The deck's Japanese face for its J headlines, a file beside it: fetched when J is first pressed.
    deckJapaneseFace(),
    // Voice mode's reference, loaded by the speaker view only when voice mode starts.
    voiceReference(),
    // The speech as a document for readers, and the handout to print: pages of their own.
    morePages({ pages: PAGES.filter((page) => page !== 'index.html'), plugins: () => pagePlugins() }),
  ],
  build: { target: 'es2022' },
});
