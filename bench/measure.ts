import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { launchBrowser } from '../src/node/chromium.ts';
import { buildDeck, serveBuild, type Served } from '../src/node/built-deck.ts';
import { writeStockPage } from './stock-page.ts';

// Measures: builds this deck and a stock reveal.js page with the same slides, serves both alike from 127.0.0.1 with
// Vite's preview server (gzip on the wire for either), and loads them in turn in fresh browser contexts, with the
// deck's one file opened from its folder (file://) in the same rotation.

/** One response of a first load: decoded bytes, `gzip -9` of text (fonts and images as they are), bytes on the wire. */
export interface ResponseBytes {
  readonly url: string;
  readonly type: string;
  readonly raw: number;
  readonly gzip: number;
  readonly wire: number;
}

export interface PageFigures {
  /** Milliseconds from navigation start to `.reveal.ready`, one per cold load, in the order measured. */
  readonly readyMs: readonly number[];
  readonly responses: readonly ResponseBytes[];
}

export interface BenchResult {
  readonly date: string;
  readonly machine: string;
  readonly loads: number;
  /** The 1-minute load average around the timed loads: other work on the machine widens their spread. */
  readonly loadAverage: { readonly before: number; readonly after: number };
  readonly deck: PageFigures;
  readonly stock: PageFigures;
  /** The deck as one file, opened from a folder (file://) as from a USB stick: its timings and its own size. */
  readonly oneFile: {
    readonly file: string;
    readonly readyMs: readonly number[];
    readonly raw: number;
    readonly gzip: number;
  };
}

const VIEWPORT = { width: 1280, height: 720 } as const;
const TIMEOUT = 30_000;

/**
 * Notes `performance.now()` in the microtask right after reveal.js marks `.reveal` ready, rather than polling, which
 * would add up to a poll interval to every figure. A string: tsx would compile a function with a helper the page lacks.
 */
const READY_PROBE = `new MutationObserver((_, observer) => {
  if (!document.querySelector('.reveal.ready')) return;
  window.__benchReadyAt = performance.now();
  observer.disconnect();
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });`;

async function timeToReady(browser: Browser, url: string): Promise<number> {
  // Playwright evaluates a string predicate with eval, which the deck's Content-Security-Policy refuses.
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    const readyAt = await page.waitForFunction('window.__benchReadyAt', undefined, { timeout: TIMEOUT });
    return Number(await readyAt.jsonValue());
  } finally {
    await context.close();
  }
}

async function responseBytes(response: Response): Promise<ResponseBytes> {
  const type = response.request().resourceType();
  const body = await response.body();
  const text = ['document', 'script', 'stylesheet'].includes(type);
  const gzip = text && body.length > 0 ? gzipSync(body, { level: 9 }).length : body.length;
  const wire = (await response.request().sizes()).responseBodySize;
  return { url: response.url(), type, raw: body.length, gzip, wire };
}

/** Every response of one cold load, until the deck is ready and the network has been idle for half a second. */
async function firstLoad(browser: Browser, url: string): Promise<ResponseBytes[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const responses: Promise<ResponseBytes>[] = [];
    page.on('response', (response) => responses.push(responseBytes(response)));
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    await page.waitForSelector('.reveal.ready', { state: 'attached', timeout: TIMEOUT });
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
    return await Promise.all(responses);
  } finally {
    await context.close();
  }
}

export interface BenchOptions {
  /** The project root, holding vite.config.ts. */
  readonly root: string;
  /** Cold loads of each page. */
  readonly loads: number;
  /** The rendered deck, whose title and `<section>`s the stock page shows. */
  readonly deck: { readonly title: string; readonly html: string };
  /** The one-file deck that the build writes beside index.html, named after the outline (see vite.config.ts). */
  readonly oneFile: string;
  readonly progress: (message: string) => void;
}

/** Records bytes once per page (which also warms the browser and both servers), then times loads, interleaved. */
export async function measure(options: BenchOptions): Promise<BenchResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'speech-deck-bench-'));
  const servers: Served[] = [];
  let browser: Browser | undefined;
  try {
    options.progress('building the deck and writing the stock page');
    await writeStockPage(path.join(work, 'stock'), options.deck);
    const built = await buildDeck(path.join(work, 'deck'), options.root);
    const deck = await serveBuild(built, options.root);
    servers.push(deck);
    // The temporary folder is the stock page's Vite root, so the deck's vite.config.ts plays no part in serving it.
    const stock = await serveBuild(path.join(work, 'stock'), work);
    servers.push(stock);
    browser = await launchBrowser();
    const pages = [
      { name: 'deck', url: deck.url, readyMs: [] as number[] },
      { name: 'stock', url: stock.url, readyMs: [] as number[] },
      { name: 'one file', url: pathToFileURL(path.join(built, options.oneFile)).href, readyMs: [] as number[] },
    ];
    const oneFile = await readFile(path.join(built, options.oneFile));
    const responses = [await firstLoad(browser, deck.url), await firstLoad(browser, stock.url)];
    const before = os.loadavg()[0] ?? 0;
    for (let load = 1; load <= options.loads; load++) {
      for (const page of pages) page.readyMs.push(await timeToReady(browser, page.url));
      options.progress(
        `load ${load}/${options.loads}: ${pages.map((page) => `${page.name} ${page.readyMs.at(-1)?.toFixed(1)} ms`).join(', ')}`,
      );
    }
    const cpus = os.cpus();
    const memory = `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`;
    return {
      date: new Date().toISOString(),
      machine: `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${memory}, ${os.type()} ${os.arch()}, Node ${process.version}, Chromium ${browser.version()}`,
      loads: options.loads,
      loadAverage: { before, after: os.loadavg()[0] ?? 0 },
      deck: { readyMs: pages[0]?.readyMs ?? [], responses: responses[0] ?? [] },
      stock: { readyMs: pages[1]?.readyMs ?? [], responses: responses[1] ?? [] },
      oneFile: {
        file: options.oneFile,
        readyMs: pages[2]?.readyMs ?? [],
        raw: oneFile.length,
        gzip: gzipSync(oneFile, { level: 9 }).length,
      },
    };
  } finally {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
    await rm(work, { recursive: true, force: true });
  }
}
