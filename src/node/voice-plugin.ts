import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import {
  VOICE_BUNDLE_GLOBAL,
  VOICE_REFERENCE_FILE,
  VOICE_REFERENCE_GLOBAL,
  VOICE_WORKER_GLOBAL,
} from '../voice/files.ts';

/** One entry of voice mode's code as one classic script; `name`, the global it sets, if any. */
async function classicScript(root: string, entry: string, name: string): Promise<string> {
  const built = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: path.resolve(root, entry), formats: ['iife'], name },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk');
  if (chunk === undefined) throw new Error(`${entry} did not build.`);
  return chunk.code;
}

/**
 * The page's part (src/client/speaker/voice/bundle.ts), the follower's worker as text (the page starts it from a
 * `blob:` URL: a page opened from a folder may load no worker file) and the reference, as one classic script: the one
 * kind of file a page opened from a folder may load.
 */
async function voiceScript(root: string): Promise<string> {
  const json = readFileSync(path.resolve(root, 'src/voice/reference.json'), 'utf8').trim();
  const [page, worker] = await Promise.all([
    classicScript(root, 'src/client/speaker/voice/bundle.ts', VOICE_BUNDLE_GLOBAL),
    classicScript(root, 'src/client/speaker/voice/follower-worker.ts', 'speechDeckVoiceFollower'),
  ]);
  return [
    page,
    `globalThis.${VOICE_WORKER_GLOBAL}=${JSON.stringify(worker)};`,
    `globalThis.${VOICE_REFERENCE_GLOBAL}=${json};`,
    '',
  ].join('\n');
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
