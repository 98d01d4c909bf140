import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { escapeHtml } from '../deck/html.ts';
import { launchBrowser } from './browser.ts';
import { buildDeck, serveBuild, type Served } from './serve.ts';

// ---------------------------------------------------------------------------------------------------------------------
// Statistics

/** Min, quartiles and max of a sample; quartiles interpolate linearly between ranks (numpy's and R's default). */
export interface Spread {
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  readonly iqr: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = sorted[Math.floor(position)];
  const high = sorted[Math.ceil(position)];
  if (low === undefined || high === undefined) throw new Error('A quantile needs at least one value.');
  return low + (high - low) * (position - Math.floor(position));
}

const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

export function median(values: readonly number[]): number {
  return quantile(ascending(values), 0.5);
}

export function spread(values: readonly number[]): Spread {
  const sorted = ascending(values);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  return { min: quantile(sorted, 0), q1, median: quantile(sorted, 0.5), q3, max: quantile(sorted, 1), iqr: q3 - q1 };
}

// ---------------------------------------------------------------------------------------------------------------------
// Byte accounting

export type ResourceKind = 'html' | 'js' | 'css' | 'font' | 'image' | 'other';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['html', 'js', 'css', 'font', 'image', 'other'];

/** Kinds a server compresses; fonts (woff2 is already compressed) and images count as they are. */
const TEXT_KINDS: ReadonlySet<ResourceKind> = new Set(['html', 'js', 'css']);

const KIND_BY_RESOURCE_TYPE: Readonly<Record<string, ResourceKind>> = {
  document: 'html',
  script: 'js',
  stylesheet: 'css',
  font: 'font',
  image: 'image',
};

/** What a response is, by its Content-Type, else by what the browser fetched it as. */
export function resourceKind(contentType: string | undefined, resourceType: string): ResourceKind {
  const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime === 'text/html') return 'html';
  if (/javascript|ecmascript/.test(mime)) return 'js';
  if (mime === 'text/css') return 'css';
  if (mime.startsWith('font/') || mime.includes('font-') || mime.includes('woff')) return 'font';
  if (mime.startsWith('image/')) return 'image';
  return KIND_BY_RESOURCE_TYPE[resourceType] ?? 'other';
}

/** Size after `gzip -9` for text, as it is otherwise. */
export function gzipBytes(body: Uint8Array, kind: ResourceKind): number {
  if (body.length === 0 || !TEXT_KINDS.has(kind)) return body.length;
  return gzipSync(body, { level: 9 }).length;
}

/** One response of a load. `raw` is the decoded body; `wire` is the body as the server sent it (maybe compressed). */
export interface ResponseRecord {
  readonly url: string;
  readonly status: number;
  readonly kind: ResourceKind;
  readonly raw: number;
  readonly gzip: number;
  readonly wire: number;
}

export interface ByteCount {
  readonly files: number;
  readonly raw: number;
  readonly gzip: number;
  readonly wire: number;
}

export type ByteTable = Readonly<Record<ResourceKind | 'total', ByteCount>>;

const NO_BYTES: ByteCount = { files: 0, raw: 0, gzip: 0, wire: 0 };

function addBytes(sum: ByteCount, record: ResponseRecord): ByteCount {
  return {
    files: sum.files + 1,
    raw: sum.raw + record.raw,
    gzip: sum.gzip + record.gzip,
    wire: sum.wire + record.wire,
  };
}

export function bytesByType(records: readonly ResponseRecord[]): ByteTable {
  const table: Record<ResourceKind | 'total', ByteCount> = {
    html: NO_BYTES,
    js: NO_BYTES,
    css: NO_BYTES,
    font: NO_BYTES,
    image: NO_BYTES,
    other: NO_BYTES,
    total: NO_BYTES,
  };
  for (const record of records) {
    table[record.kind] = addBytes(table[record.kind], record);
    table.total = addBytes(table.total, record);
  }
  return table;
}

// ---------------------------------------------------------------------------------------------------------------------
// The stock reveal.js page

/**
 * reveal.js's own distribution files, relative to its `dist/`, as its package's index.html loads them (black is the
 * theme that page uses), plus the UMD builds of the three plugins our deck uses.
 */
export const STOCK_FILES: readonly string[] = [
  'reset.css',
  'reveal.css',
  'theme/black.css',
  'reveal.js',
  'plugin/notes.js',
  'plugin/search.js',
  'plugin/zoom.js',
];

/** A plain reveal.js 6 page in the shape of the package's own index.html, holding the given `<section>`s. */
export function stockPageHtml(deck: { readonly title: string; readonly html: string }): string {
  const links = STOCK_FILES.filter((file) => file.endsWith('.css')).map(
    (file) => `    <link rel="stylesheet" href="dist/${file}" />`,
  );
  const scripts = STOCK_FILES.filter((file) => file.endsWith('.js')).map(
    (file) => `    <script src="dist/${file}"></script>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />',
    `    <title>${escapeHtml(deck.title)}</title>`,
    ...links,
    '  </head>',
    '  <body>',
    '    <div class="reveal">',
    `      <div class="slides">${deck.html}</div>`,
    '    </div>',
    ...scripts,
    '    <script>',
    '      Reveal.initialize({ hash: true, plugins: [RevealNotes, RevealSearch, RevealZoom] });',
    '    </script>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

/** reveal.js's `dist/`, found the way Node finds the package, so a hoisted or nested install both work. */
function revealDist(): string {
  return path.dirname(createRequire(import.meta.url).resolve('reveal.js'));
}

async function writeStockPage(dir: string, deck: { readonly title: string; readonly html: string }): Promise<void> {
  const source = revealDist();
  for (const file of STOCK_FILES) {
    const target = path.join(dir, 'dist', file);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(source, file), target);
  }
  await writeFile(path.join(dir, 'index.html'), stockPageHtml(deck));
}

// ---------------------------------------------------------------------------------------------------------------------
// Measuring in the browser

export const VIEWPORT = { width: 1280, height: 720 } as const;
const LOAD_TIMEOUT_MS = 30_000;

/**
 * Notes `performance.now()` (milliseconds since navigation start) in the microtask right after reveal.js puts `ready`
 * on `.reveal`, rather than polling, which would add up to a poll interval to every figure. A string, not a function,
 * because tsx compiles functions with calls to a `__name` helper that the page does not have.
 */
const READY_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('.reveal.ready') === null) return;
    window.__benchReadyAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
})();`;

/** One cold load (a fresh context has an empty cache): milliseconds from navigation start to `.reveal.ready`. */
export async function timeToReady(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    const readyAt = await page.waitForFunction('window.__benchReadyAt', undefined, { timeout: LOAD_TIMEOUT_MS });
    const value: unknown = await readyAt.jsonValue();
    if (typeof value !== 'number') throw new Error(`${url}: the ready probe reported ${String(value)}.`);
    return value;
  } finally {
    await context.close();
  }
}

async function responseRecord(response: Response): Promise<ResponseRecord> {
  const request = response.request();
  const kind = resourceKind((await response.headerValue('content-type')) ?? undefined, request.resourceType());
  const body = await response.body();
  const sizes = await request.sizes();
  return {
    url: response.url(),
    status: response.status(),
    kind,
    raw: body.length,
    gzip: gzipBytes(body, kind),
    wire: sizes.responseBodySize,
  };
}

/** Every response of one cold load, until the deck is ready and the network has been idle for half a second. */
export async function firstLoadResponses(browser: Browser, url: string): Promise<ResponseRecord[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const records: Promise<ResponseRecord>[] = [];
    page.on('response', (response) => records.push(responseRecord(response)));
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.waitForSelector('.reveal.ready', { state: 'attached', timeout: LOAD_TIMEOUT_MS });
    // Fonts and anything else fetched once slides are laid out arrive after `load`.
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS });
    return await Promise.all(records);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// The run

export interface PageFigures {
  readonly url: string;
  /** Milliseconds to `.reveal.ready`, one per load, in the order measured. */
  readonly readyMs: readonly number[];
  readonly ready: Spread;
  readonly responses: readonly ResponseRecord[];
  readonly bytes: ByteTable;
}

export interface Ratios {
  readonly readyMedian: number;
  readonly raw: number;
  readonly gzip: number;
  readonly wire: number;
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryBytes: number;
  readonly os: string;
  readonly node: string;
  readonly chromium: string;
}

export interface BenchResult {
  readonly date: string;
  readonly machine: Machine;
  readonly loads: number;
  readonly viewport: typeof VIEWPORT;
  readonly serving: string;
  /** The 1-minute load average around the timed loads: other work on the machine widens their spread. */
  readonly loadAverage: { readonly before: number; readonly after: number };
  readonly deck: PageFigures;
  readonly stock: PageFigures;
  /** Deck / stock: under 1 means the deck is faster or smaller. */
  readonly ratios: Ratios;
}

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

function machine(chromium: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
  };
}

const oneMinuteLoad = (): number => os.loadavg()[0] ?? 0;

function figures(url: string, readyMs: readonly number[], responses: readonly ResponseRecord[]): PageFigures {
  return { url, readyMs, ready: spread(readyMs), responses, bytes: bytesByType(responses) };
}

export function ratios(deck: PageFigures, stock: PageFigures): Ratios {
  const of = (pick: (figures: PageFigures) => number) => pick(deck) / pick(stock);
  return {
    readyMedian: of((page) => page.ready.median),
    raw: of((page) => page.bytes.total.raw),
    gzip: of((page) => page.bytes.total.gzip),
    wire: of((page) => page.bytes.total.wire),
  };
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

// ---------------------------------------------------------------------------------------------------------------------
// Reporting

/** The goals: load at least 30% faster than the stock page, in under a third of its bytes. */
export const GOALS = { readyRatio: 0.7, byteRatio: 1 / 3 } as const;

export interface Verdict {
  readonly faster: boolean;
  readonly smallerGzip: boolean;
  readonly smallerRaw: boolean;
}

export function verdict(result: Pick<BenchResult, 'ratios'>): Verdict {
  return {
    faster: result.ratios.readyMedian <= GOALS.readyRatio,
    smallerGzip: result.ratios.gzip < GOALS.byteRatio,
    smallerRaw: result.ratios.raw < GOALS.byteRatio,
  };
}

/** Pads columns so they line up: the first (labels) to the left, the rest (figures) to the right. */
export function alignColumns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

export const formatMs = (ms: number): string => ms.toFixed(1);
export const formatKiB = (bytes: number): string => (bytes / 1024).toFixed(1);
export const formatRatio = (ratio: number): string => ratio.toFixed(2);
const percentFaster = (ratio: number): string => `${Math.round((1 - ratio) * 100)}%`;
const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');

const KIND_LABELS: Readonly<Record<ResourceKind | 'total', string>> = {
  html: 'HTML',
  js: 'JS',
  css: 'CSS',
  font: 'Fonts',
  image: 'Images',
  other: 'Other',
  total: 'Total',
};

function timingTable(result: BenchResult): string {
  const row = (label: string, ready: Spread) => [
    label,
    ...[ready.median, ready.min, ready.q1, ready.q3, ready.max, ready.iqr].map(formatMs),
  ];
  return alignColumns([
    ['', 'median', 'min', 'q1', 'q3', 'max', 'IQR'],
    row('deck', result.deck.ready),
    row('stock', result.stock.ready),
    ['deck / stock', formatRatio(result.ratios.readyMedian)],
  ]);
}

function bytesTable(result: BenchResult): string {
  const { deck, stock } = result;
  // Kinds neither page loaded ("Other", usually) are left out; the total still counts everything.
  const kinds = RESOURCE_KINDS.filter((kind) => deck.bytes[kind].files + stock.bytes[kind].files > 0);
  const row = (kind: ResourceKind | 'total') => {
    const ours = deck.bytes[kind];
    const theirs = stock.bytes[kind];
    const ratio = theirs.gzip === 0 ? '–' : formatRatio(ours.gzip / theirs.gzip);
    return [
      KIND_LABELS[kind],
      String(ours.files),
      formatKiB(ours.raw),
      formatKiB(ours.gzip),
      String(theirs.files),
      formatKiB(theirs.raw),
      formatKiB(theirs.gzip),
      ratio,
    ];
  };
  return alignColumns([
    ['KiB', 'deck files', 'deck raw', 'deck gzip', 'stock files', 'stock raw', 'stock gzip', 'gzip ratio'],
    ...kinds.map(row),
    row('total'),
  ]);
}

export function goalLines(result: BenchResult): string[] {
  const { ratios: r } = result;
  const ok = verdict(result);
  return [
    `Speed goal, at least 30% faster (median ratio <= ${formatRatio(GOALS.readyRatio)}): ${met(ok.faster)}, ` +
      `the deck is ready ${percentFaster(r.readyMedian)} sooner (ratio ${formatRatio(r.readyMedian)}).`,
    `Size goal, under a third of the bytes (ratio < ${formatRatio(GOALS.byteRatio)}): ` +
      `gzip ${met(ok.smallerGzip)} (ratio ${formatRatio(r.gzip)}), raw ${met(ok.smallerRaw)} (ratio ${formatRatio(r.raw)}).`,
  ];
}

function machineLine(machine: Machine): string {
  const memory = `${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GiB`;
  return `${machine.cpu}, ${machine.cores} cores, ${memory}, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}`;
}

/** The plain-text report: timings, bytes by type, and where the deck stands against the goals. */
export function formatReport(result: BenchResult): string {
  const { deck, stock } = result;
  return [
    `Machine: ${machineLine(result.machine)}`,
    `Served ${result.serving}; viewport ${result.viewport.width}x${result.viewport.height}.`,
    `1-minute load average ${result.loadAverage.before.toFixed(2)} before the timed loads, ` +
      `${result.loadAverage.after.toFixed(2)} after (${result.machine.cores} cores).`,
    '',
    `Navigation start to .reveal.ready, ms (${result.loads} cold loads each, interleaved deck, stock, deck, stock...)`,
    timingTable(result),
    '',
    'First-load bytes by type (one cold load each; gzip = gzip -9 of HTML, JS and CSS; fonts and images as they are)',
    bytesTable(result),
    `On the wire, as served: deck ${formatKiB(deck.bytes.total.wire)} KiB, stock ${formatKiB(stock.bytes.total.wire)} KiB ` +
      `(ratio ${formatRatio(result.ratios.wire)}).`,
    '',
    ...goalLines(result),
  ].join('\n');
}

/** The figures as Markdown for the README's "Performance" section. */
export function formatMarkdown(result: BenchResult): string {
  const { deck, stock, ratios: r } = result;
  const ok = verdict(result);
  const ready = (page: PageFigures) =>
    `${Math.round(page.ready.median)} ms (IQR ${Math.round(page.ready.q1)}–${Math.round(page.ready.q3)})`;
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
  return [
    `Measured with \`npm run bench\` on ${result.date.slice(0, 10)} (${machineLine(result.machine)}), against a stock ` +
      'reveal.js 6 page with the same slides (its own `dist/` files, black theme, notes, search and zoom plugins, ' +
      `plain \`<script>\` tags). ${result.loads} cold loads of each, interleaved, both served gzipped from 127.0.0.1.`,
    '',
    '| | This deck | Stock reveal.js | Deck / stock |',
    '| --- | ---: | ---: | ---: |',
    `| Navigation start to \`.reveal.ready\`, median | ${ready(deck)} | ${ready(stock)} | ${formatRatio(r.readyMedian)} |`,
    `| First-load bytes, gzip -9 | ${kib(deck.bytes.total.gzip)} | ${kib(stock.bytes.total.gzip)} | ${formatRatio(r.gzip)} |`,
    `| First-load bytes, uncompressed | ${kib(deck.bytes.total.raw)} | ${kib(stock.bytes.total.raw)} | ${formatRatio(r.raw)} |`,
    '',
    `Goals: ready at least 30% sooner — ${met(ok.faster)} (${percentFaster(r.readyMedian)} sooner); ` +
      `under a third of the bytes — ${met(ok.smallerGzip)} gzipped (${formatRatio(r.gzip)}), ` +
      `${met(ok.smallerRaw)} uncompressed (${formatRatio(r.raw)}).`,
  ].join('\n');
}
