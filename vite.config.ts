import { defineConfig, type PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { buildMarker } from './src/node/build-marker-plugin.ts';
import { DEFAULT_OUTLINE } from './src/node/build-inputs.ts';
import { contentSecurityPolicyPlugin } from './src/node/csp-plugin.ts';
import { oneFile } from './src/node/one-file-plugin.ts';
import { morePages } from './src/node/pages-plugin.ts';
import { speechDeck } from './src/node/vite-plugin.ts';
import { voiceReference } from './src/node/voice-plugin.ts';

/**
 * What every page is built with. Each built page is one self-contained file (scripts, styles, fonts and lazy chunks
 * inlined): Chromium refuses module scripts and `crossorigin` stylesheets from a page opened from a folder
 * (file://, origin null; vitejs/vite#13201), and a page with nothing to fetch also loads sooner.
 */
const pagePlugins = (): PluginOption[] => [
  speechDeck({ outline: DEFAULT_OUTLINE }),
  viteSingleFile({ removeViteModuleLoader: true }),
  contentSecurityPolicyPlugin(),
  // Marks the folder as a build of ours, listing its files: `npm run pdf -- --dist` replaces nothing else.
  buildMarker(),
];

export default defineConfig({
  // Relative URLs, so dist/ works from any path of a static host and from a folder.
  base: './',
  plugins: [
    ...pagePlugins(),
    // The deck as one file named after the speech (its kind and date, statement-2022-05-19.html), to e-mail or carry
    // on a USB stick.
    oneFile(),
    // Voice mode's reference, loaded by the speaker view only when voice mode starts.
    voiceReference(),
    // The speech as a document for readers, and the handout to print: pages of their own.
    morePages({ pages: ['read.html', 'handout.html', 'follow.html', 'remote.html'], plugins: pagePlugins }),
  ],
  build: { target: 'es2022' },
});
