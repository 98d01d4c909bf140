import type { BenchResult, PageFigures, ResponseBytes } from './measure.ts';

// Reports: the figures as a plain-text table for the terminal, and as the Markdown block of docs/performance.md.

/** The goals: ready in at most 0.65 of the stock page's time, in under a third of its bytes. */
const GOALS = { readyRatio: 0.65, byteRatio: 1 / 3 } as const;

/** The page the bench writes its figures into, relative to the project's root. */
export const FIGURES_PAGE = 'docs/performance.md';

/** Where the page's figures go; the bench rewrites what lies between them. */
export const FIGURES_START = '<!-- bench:start (written by `npm run bench`) -->';
export const FIGURES_END = '<!-- bench:end -->';

/** Quartiles interpolated linearly between ranks (numpy's and R's default). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = sorted[Math.floor(position)];
  const high = sorted[Math.ceil(position)];
  if (low === undefined || high === undefined) throw new Error('A quantile needs at least one value.');
  return low + (high - low) * (position - Math.floor(position));
}

const TYPES: Readonly<Record<string, string>> = { document: 'HTML', script: 'JS', stylesheet: 'CSS', font: 'Fonts' };
const typeLabel = (response: ResponseBytes) => TYPES[response.type] ?? 'Other';

/** Bytes of a page's first load, for one type of response or all of them. */
function bytes(page: PageFigures, label?: string): { files: number; raw: number; gzip: number; wire: number } {
  const responses = page.responses.filter((response) => label === undefined || typeLabel(response) === label);
  const sum = (pick: (response: ResponseBytes) => number) => responses.reduce((total, r) => total + pick(r), 0);
  return { files: responses.length, raw: sum((r) => r.raw), gzip: sum((r) => r.gzip), wire: sum((r) => r.wire) };
}

/** Deck / stock: under 1 means the deck is sooner or smaller. */
function ratios(result: BenchResult): { ready: number; raw: number; gzip: number } {
  const ready = (page: PageFigures) => quantile(page.readyMs, 0.5);
  return {
    ready: ready(result.deck) / ready(result.stock),
    raw: bytes(result.deck).raw / bytes(result.stock).raw,
    gzip: bytes(result.deck).gzip / bytes(result.stock).gzip,
  };
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const kib = (value: number) => fixed(value / 1024);
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

function goals(result: BenchResult): string[] {
  const r = ratios(result);
  return [
    `Ready in at most ${GOALS.readyRatio} of the stock time: ${met(r.ready <= GOALS.readyRatio)} (${Math.round((1 - r.ready) * 100)}% sooner, ratio ${fixed(r.ready, 2)}).`,
    `Under a third of the bytes: ${met(r.gzip < GOALS.byteRatio)} gzipped (ratio ${fixed(r.gzip, 2)}), ` +
      `${met(r.raw < GOALS.byteRatio)} uncompressed (ratio ${fixed(r.raw, 2)}).`,
  ];
}

/** Rows of cells as columns: labels to the left, figures to the right. */
function table(rows: readonly (readonly string[])[]): string {
  const width = (column: number) => Math.max(...rows.map((row) => row[column]?.length ?? 0));
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(width(i)) : cell.padStart(width(i)))).join('   '))
    .join('\n');
}

/** The plain-text report: timings with their spread, bytes by type, the goals. */
export function formatReport(result: BenchResult): string {
  const timing = (label: string, page: Pick<PageFigures, 'readyMs'>) => [
    label,
    ...[0.5, 0, 0.25, 0.75, 1].map((q) => fixed(quantile(page.readyMs, q))),
  ];
  const labels = [...new Set([...result.deck.responses, ...result.stock.responses].map(typeLabel))].sort();
  const byteRow = (label?: string) => {
    const [deck, stock] = [bytes(result.deck, label), bytes(result.stock, label)];
    const ratio = stock.gzip === 0 ? '–' : fixed(deck.gzip / stock.gzip, 2);
    return [label ?? 'Total', ...[deck, stock].flatMap((b) => [String(b.files), kib(b.raw), kib(b.gzip)]), ratio];
  };
  return [
    `Machine: ${result.machine}; 1-minute load average ${fixed(result.loadAverage.before, 2)} before the timed loads, ${fixed(result.loadAverage.after, 2)} after.`,
    '',
    `Navigation start to .reveal.ready, ms (${result.loads} cold loads of each, interleaved)`,
    table([
      ['', 'median', 'min', 'q1', 'q3', 'max'],
      timing('deck', result.deck),
      timing('stock', result.stock),
      timing('one file', result.oneFile),
    ]),
    '',
    'First-load bytes, KiB (gzip: gzip -9 of HTML, JS and CSS; fonts as they are)',
    table([
      ['', 'deck files', 'raw', 'gzip', 'stock files', 'raw', 'gzip', 'gzip ratio'],
      ...labels.map(byteRow),
      byteRow(),
    ]),
    `One file (${result.oneFile.file}, opened from a folder): ${kib(result.oneFile.raw)} KiB, ${kib(result.oneFile.gzip)} KiB gzipped`,
    '',
    ...goals(result),
  ].join('\n');
}

/** The figures' block: when, where and how measured, the table, and the goals. */
export function formatFiguresBlock(result: BenchResult): string {
  const ready = (page: Pick<PageFigures, 'readyMs'>) =>
    `${Math.round(quantile(page.readyMs, 0.5))} ms (IQR ${Math.round(quantile(page.readyMs, 0.25))}–${Math.round(quantile(page.readyMs, 0.75))})`;
  const size = (page: PageFigures, pick: 'gzip' | 'raw') => `${Math.round(bytes(page)[pick] / 1024)} KiB`;
  const r = ratios(result);
  return [
    FIGURES_START,
    `${result.loads} cold loads of each on ${result.date.slice(0, 10)}: ${result.machine}; 1-minute load average ` +
      `${fixed(result.loadAverage.before, 2)} before the timed loads, ${fixed(result.loadAverage.after, 2)} after.`,
    '',
    '| | This deck | Stock reveal.js | Deck / stock |',
    '| --- | ---: | ---: | ---: |',
    `| Navigation start to \`.reveal.ready\`, median | ${ready(result.deck)} | ${ready(result.stock)} | ${fixed(r.ready, 2)} |`,
    `| First-load bytes, gzip -9 | ${size(result.deck, 'gzip')} | ${size(result.stock, 'gzip')} | ${fixed(r.gzip, 2)} |`,
    `| First-load bytes, uncompressed | ${size(result.deck, 'raw')} | ${size(result.stock, 'raw')} | ${fixed(r.raw, 2)} |`,
    '',
    `The deck as one file (\`${result.oneFile.file}\`, ${Math.round(result.oneFile.raw / 1024)} KiB, ` +
      `${Math.round(result.oneFile.gzip / 1024)} KiB gzipped), opened from a folder (\`file://\`): ready in ${ready(result.oneFile)}.`,
    '',
    ...goals(result).map((line) => `- ${line}`),
    FIGURES_END,
  ].join('\n');
}

/** The page with its bench block replaced by `block`; the markers must be there, once each. */
export function replaceFiguresBlock(page: string, block: string): string {
  const start = page.indexOf(FIGURES_START);
  const end = page.indexOf(FIGURES_END);
  if (start === -1 || end < start)
    throw new Error(`${FIGURES_PAGE} lacks the lines ${FIGURES_START} … ${FIGURES_END}.`);
  return page.slice(0, start) + block + page.slice(end + FIGURES_END.length);
}
