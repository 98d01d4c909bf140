import path from 'node:path';
import { defineConfig } from 'vite';
import { speechDeck } from './src/node/vite-plugin.ts';

export default defineConfig({
  // Relative asset URLs, so dist/ works from any path of a static host.
  base: './',
  plugins: [speechDeck({ outline: 'slides/speech.ts' })],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    rolldownOptions: {
      // The deck, and the speech as a document for readers and for the printed handout.
      input: {
        deck: path.resolve(import.meta.dirname, 'index.html'),
        reading: path.resolve(import.meta.dirname, 'read.html'),
      },
    },
  },
});
