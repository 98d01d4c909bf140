import { verdict } from './comparison.ts';
import { formatRatio, met, percentFaster } from './format.ts';
import { machineLine } from './machine.ts';
import type { BenchResult, PageFigures } from './result.ts';

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
