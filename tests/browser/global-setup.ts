import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { browserArgs, BrowserNotFoundError, findBrowser } from '../../src/node/chromium.ts';
import { buildDeck, serveBuild, type Served } from '../../src/node/built-deck.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where every test file connects to the run's one browser. */
    wsEndpoint: string;
    /** The production build on Vite's preview server, ending in `/`. */
    baseUrl: string;
    /** The same build as a folder on disk (`file://`), ending in `/`. */
    folderUrl: string;
    /** Why there is no browser: where the finder looked and how to install one; empty when there is one. */
    browserMissing: string;
  }
}

/**
 * Builds the deck for production into a fresh temporary directory (dist/ is built by others concurrently), serves it
 * with Vite's preview server and launches one browser for the whole run; the returned teardown undoes all three.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Before anything slow. Without a browser nothing is built: each browser test fails with the finder's message
  // (tests/browser/needs-browser.ts), and the unit project, which needs none, runs as ever.
  let executablePath: string;
  try {
    executablePath = findBrowser();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    project.provide('browserMissing', error.message);
    return () => Promise.resolve();
  }
  project.provide('browserMissing', '');
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'deck-browser-'));
  let served: Served | undefined;
  let browserServer: BrowserServer | undefined;
  const teardown = async () => {
    await browserServer?.close();
    await served?.close();
    await rm(outDir, { recursive: true, force: true });
  };
  try {
    await buildDeck(outDir, project.config.root);
    served = await serveBuild(outDir, project.config.root);
    browserServer = await chromium.launchServer({ executablePath, args: browserArgs(), headless: true });
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  project.provide('baseUrl', served.url);
  project.provide('folderUrl', pathToFileURL(outDir + path.sep).href);
  return teardown;
}
