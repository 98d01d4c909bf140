import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechDeck } from '../../src/node/vite-plugin.ts';
import { deckLoaded, useDeck } from './harness.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REAL_OUTLINE = path.join(ROOT, 'slides/speech.ts');

/** An outline module in the temporary project: the real outline, with the Ukraine slide's headline replaced. */
function outlineWithHeadline(headline: string): string {
  return (
    `import { speech as real } from ${JSON.stringify(REAL_OUTLINE)};\n` +
    `const headline = ${JSON.stringify(headline)};\n` +
    'export const speech = { ...real, sections: real.sections.map((section) => ({ ...section, slides: section.slides.map((slide) => (slide.kind === "prose" && slide.id === "ukraine" ? { ...slide, headline } : slide)) })) };\n'
  );
}

describe('editing the outline under vite dev', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'deck-dev-'));
  const outline = path.join(root, 'slides/speech.ts');
  let server: ViteDevServer;
  const origin = () => {
    const address = server.httpServer?.address();
    if (address === null || address === undefined || typeof address === 'string')
      throw new Error('No dev server address.');
    return `http://127.0.0.1:${address.port}`;
  };
  const session = useDeck(undefined, origin);

  beforeAll(async () => {
    mkdirSync(path.dirname(outline));
    copyFileSync(path.join(ROOT, 'index.html'), path.join(root, 'index.html'));
    writeFileSync(outline, outlineWithHeadline('Before the edit'));
    server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [speechDeck({ outline: 'slides/speech.ts', theme: path.join(ROOT, 'src/client/theme/palette.css') })],
      // The temporary project serves the real client, its styles and its font from the project.
      server: { host: '127.0.0.1', port: 0, fs: { allow: [root, ROOT] } },
      // index.html's ./src/client/main.ts is the project's own.
      resolve: { alias: { '/src/': `${ROOT}/src/` } },
    });
    await server.listen();
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reloads the open deck with the edited slide', async () => {
    const { page } = session;
    const address = server.httpServer?.address();
    if (address === null || address === undefined || typeof address === 'string')
      throw new Error('No dev server address.');
    await page.goto(`http://127.0.0.1:${address.port}/#/ukraine`);
    await deckLoaded(page);
    expect(await page.locator('#ukraine h2').textContent()).toBe('Before the edit');
    writeFileSync(outline, outlineWithHeadline('After the edit'));
    // The watcher, the outline's reload and the dev page's many modules take a while on a busy machine: a hang guard
    // within the test's own, not a speed assert (10 s failed under a load of 30 on two cores).
    await expect.poll(() => page.locator('#ukraine h2').textContent(), { timeout: 45_000 }).toBe('After the edit');
    // The dev page's first load (Vite transforms each module on request) and its reload, each bounded by its own guard.
  }, 120_000);
});
