import { defineConfig } from 'vite';
import { speechDeck } from './src/node/vite-plugin.ts';

export default defineConfig({
  // Relative asset URLs, so dist/ works from any path of a static host.
  base: './',
  plugins: [speechDeck({ outline: 'slides/speech.ts' })],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
  },
});
