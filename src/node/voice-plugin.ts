import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { VOICE_REFERENCE_FILE, VOICE_REFERENCE_GLOBAL } from '../voice/reference.ts';

/** The reference as a classic script: the one kind of file a page opened from a folder (file://) may load. */
function referenceScript(root: string): string {
  const json = readFileSync(path.resolve(root, 'src/voice/reference.json'), 'utf8').trim();
  return `globalThis.${VOICE_REFERENCE_GLOBAL}=${json};\n`;
}

/**
 * Writes voice mode's reference (src/voice/reference.json, about 390 KB) beside the pages as a file of its own,
 * `voice-reference.js`, and serves it under `vite dev`: the speaker view loads it only when voice mode starts, so the
 * deck's first load does not carry it.
 */
export function voiceReference(): Plugin {
  let root = process.cwd();
  return {
    name: 'speech-deck:voice-reference',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(`/${VOICE_REFERENCE_FILE}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(referenceScript(root));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: VOICE_REFERENCE_FILE, source: referenceScript(root) });
    },
  };
}
