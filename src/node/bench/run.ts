import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../chromium.ts';
import { buildDeck, serveBuild, type Served } from '../serve.ts';
import { bytesByType, type ResponseRecord } from './bytes.ts';
import { ratios } from './comparison.ts';
import { formatMs } from './format.ts';
import { machine, oneMinuteLoad } from './machine.ts';
import { firstLoadResponses, timeToReady, VIEWPORT } from './measure.ts';
import type { BenchResult, PageFigures } from './result.ts';
import { spread } from './stats.ts';
import { writeStockPage } from './stock-page.ts';

export const SERVING =
  "both by Vite's preview server on 127.0.0.1, which gzips text over 1 KiB on the wire (level 6) for either alike";

export interface BenchOptions {
  /** The project root, holding vite.config.ts. */
  readonly root: string;
  /** Cold loads of each page. */
  readonly loads: number;
  /** The deck as renderDeck made it, for the stock page's title and `<section>`s. */
  readonly deck: { readonly title: string; readonly html: string };
  readonly progress?: (message: string) => void;
}

function figures(url: string, readyMs: readonly number[], responses: readonly ResponseRecord[]): PageFigures {
  return { url, readyMs, ready: spread(readyMs), responses, bytes: bytesByType(responses) };
}

/** Records bytes once per page, then times `loads` cold loads of each, interleaved deck, stock, deck, stock… */
async function measure(browser: Browser, deck: Served, stock: Served, options: BenchOptions) {
  const report = options.progress ?? (() => undefined);
  // The untimed byte-recording loads also warm the browser process and both servers before any load is timed.
  const deckResponses = await firstLoadResponses(browser, deck.url);
  const stockResponses = await firstLoadResponses(browser, stock.url);
  const deckMs: number[] = [];
  const stockMs: number[] = [];
  for (let load = 1; load <= options.loads; load++) {
    const deckLoad = await timeToReady(browser, deck.url);
    const stockLoad = await timeToReady(browser, stock.url);
    deckMs.push(deckLoad);
    stockMs.push(stockLoad);
    report(`load ${load}/${options.loads}: deck ${formatMs(deckLoad)} ms, stock ${formatMs(stockLoad)} ms`);
  }
  return { deck: figures(deck.url, deckMs, deckResponses), stock: figures(stock.url, stockMs, stockResponses) };
}

/** Builds the deck and the stock page into a temporary folder, serves both, measures, and cleans up after itself. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const report = options.progress ?? (() => undefined);
  const work = await mkdtemp(path.join(os.tmpdir(), 'speech-deck-bench-'));
  const servers: Served[] = [];
  let browser: Browser | undefined;
  try {
    report('building the deck and writing the stock page');
    const deckDir = await buildDeck(path.join(work, 'deck'), options.root);
    const stockDir = path.join(work, 'stock');
    await writeStockPage(stockDir, options.deck);
    const deck = await serveBuild(deckDir, options.root);
    servers.push(deck);
    // The temporary folder is the stock page's Vite root, so the deck's vite.config.ts plays no part in serving it.
    const stock = await serveBuild(stockDir, work);
    servers.push(stock);
    browser = await launchBrowser();
    report(`measuring ${deck.url} (deck) and ${stock.url} (stock) in Chromium ${browser.version()}`);
    const before = oneMinuteLoad();
    const pages = await measure(browser, deck, stock, options);
    const after = oneMinuteLoad();
    return {
      date: new Date().toISOString(),
      machine: machine(browser.version()),
      loads: options.loads,
      viewport: VIEWPORT,
      serving: SERVING,
      loadAverage: { before, after },
      ...pages,
      ratios: ratios(pages.deck, pages.stock),
    };
  } finally {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
    await rm(work, { recursive: true, force: true });
  }
}
