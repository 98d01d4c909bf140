import { RESOURCE_KINDS, type ResourceKind } from './bytes.ts';
import { GOALS, verdict } from './comparison.ts';
import { alignColumns, formatKiB, formatMs, formatRatio, met, percentFaster } from './format.ts';
import { machineLine } from './machine.ts';
import type { BenchResult } from './result.ts';
import type { Spread } from './stats.ts';

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
