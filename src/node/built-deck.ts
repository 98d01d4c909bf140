// The production build of the deck, made with Vite into a folder of ours (buildDeck) and served from it with
// Vite's preview server (serveBuild), for the scripts, the bench and the browser tests.
import path from 'node:path';
import { build, preview } from 'vite';
import { checkOutDir } from './out-dir.ts';

export interface Served {
  /** The deck's address, ending in `/`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Builds the deck for production into `outDir` (absolute, or relative to `root`), which the build empties first: an
 * OutDirError refuses a folder that holds anything the build did not make (see checkOutDir).
 */
export async function buildDeck(outDir: string, root = process.cwd()): Promise<string> {
  const target = path.resolve(root, outDir);
  checkOutDir(target, root);
  await build({ root, logLevel: 'warn', build: { outDir: target, emptyOutDir: true } });
  return target;
}

/** Serves a built deck with Vite's own preview server on a free loopback port. */
export async function serveBuild(outDir: string, root = process.cwd()): Promise<Served> {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: path.resolve(root, outDir) },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('The preview server has no TCP address.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}
