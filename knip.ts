import { readFileSync } from 'node:fs';
import type { KnipConfig } from 'knip';
import { PAGES } from './src/node/build-inputs.ts';

/**
 * The scripts the pages load, read from the pages themselves (knip reads no HTML but index.html, through its Vite
 * plugin): a new page needs no entry here.
 */
const pageScripts = PAGES.filter((page) => page !== 'index.html').flatMap((page) =>
  Array.from(
    readFileSync(new URL(page, import.meta.url), 'utf8').matchAll(/<script\b[^>]*\bsrc="\.\/([^"]+)"/g),
    (match) => match[1] ?? '',
  ),
);

// Other entry files come from knip's plugins: vite.config.ts, vitest.config.ts (tests, setup files), package.json
// scripts (bench/main.ts, scripts/pdf.ts), eslint.config.js and .dependency-cruiser.js.
export default {
  entry: [
    ...pageScripts,
    // Run by hand (scripts/readme-images.ts) as well as by npm.
    'scripts/*.ts',
    // Imported by path by the Vite plugin at build time.
    'slides/translations/*.ts',
    // Built by src/node/voice-plugin.ts into voice-reference.js, as the text of voice mode's blob: worker.
    'src/client/speaker/voice/follower-worker.ts',
    // Forked by bench/follow.ts.
    'bench/follow-server.ts',
    'bench/follow-attack.ts',
  ],
  // A tiny tree with one forbidden import per layer rule, cruised by tests/unit/layers.test.ts: never imported.
  ignore: ['tests/fixtures/layers/**'],
  ignoreDependencies: [
    // Loaded by url() in src/client/theme/font.css, which knip does not read.
    '@fontsource/source-serif-4',
    // Installed by bench/follow-multiplex.ts into a temporary folder with reveal-multiplex, never into the project.
    'socket.io-client',
  ],
  // ImageMagick, which scripts/readme-images.ts runs and the README names, and poppler-utils' pdftoppm, with which the
  // Japanese handout's test leaves a picture of a page where it is installed: system tools, not npm ones.
  // espeak-ng (the voice reference's synthesiser, scripts/voice-reference.ts), flite and sox (the voice bench's and
  // tests' test talks, bench/voice-talk.ts): Debian packages too.
  ignoreBinaries: ['montage', 'convert', 'pdftoppm', 'espeak-ng', 'flite', 'sox'],
} satisfies KnipConfig;
