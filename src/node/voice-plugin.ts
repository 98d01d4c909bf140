import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { VOICE_BUNDLE_GLOBAL, VOICE_REFERENCE_FILE, VOICE_REFERENCE_GLOBAL } from '../voice/files.ts';

/** Voice mode's code (src/client/speaker/voice/bundle.ts) as one classic script that sets a global: built apart from the pages. */
async function followerScript(root: string): Promise<string> {
  const built = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      lib: {
        entry: path.resolve(root, 'src/client/speaker/voice/bundle.ts'),
        formats: ['iife'],
        name: VOICE_BUNDLE_GLOBAL,
      },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk');
  if (chunk === undefined) throw new Error('The voice follower did not build.');
  return chunk.code;
}

/** The follower and the reference as one classic script: the one kind of file a page opened from a folder may load. */
async function voiceScript(root: string): Promise<string> {
  const json = readFileSync(path.resolve(root, 'src/voice/reference.json'), 'utf8').trim();
  return `${await followerScript(root)}\nglobalThis.${VOICE_REFERENCE_GLOBAL}=${json};\n`;
}

/**
 * Writes voice mode's code and reference (src/voice/reference.json) beside the pages as a file of their own,
 * `voice-reference.js` (about 280 KB, 200 KB gzipped), and serves it under `vite dev`: the speaker view loads it only
 * when voice mode starts, so the deck's first load carries none of it.
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
        void voiceScript(root).then((script) => {
          response.setHeader('Content-Type', 'text/javascript');
          response.end(script);
        });
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: VOICE_REFERENCE_FILE, source: await voiceScript(root) });
    },
  };
}
