import { describe, expect, it } from 'vitest';
import type { BenchResult, PageFigures, ResponseBytes } from '../../../bench/measure.ts';
import {
  formatFiguresBlock,
  formatReport,
  quantile,
  FIGURES_END,
  FIGURES_START,
  replaceFiguresBlock,
} from '../../../bench/report.ts';

const response = (type: string, raw: number, gzip: number): ResponseBytes => ({
  url: `http://127.0.0.1/${type}`,
  type,
  raw,
  gzip,
  wire: gzip,
});

// Made-up pages: the deck ready in 100–120 ms on 80 KiB (gzip 32), the stock page in 190–210 ms on 640 KiB (gzip 236).
const deck: PageFigures = {
  readyMs: [100, 110, 120],
  responses: [
    response('document', 10_240, 2_048),
    response('script', 51_200, 10_240),
    response('font', 20_480, 20_480),
  ],
};
const stock: PageFigures = {
  readyMs: [200, 190, 210],
  responses: [
    response('document', 10_240, 2_048),
    response('script', 102_400, 30_720),
    response('stylesheet', 542_720, 208_896),
  ],
};
const result = (ours: PageFigures, theirs: PageFigures): BenchResult => ({
  date: '2026-01-02T03:04:05.000Z',
  machine: 'Test CPU, 2 cores',
  loads: 3,
  loadAverage: { before: 0.25, after: 1.5 },
  deck: ours,
  stock: theirs,
  oneFile: { file: 'deck.html', readyMs: [80, 90, 100], raw: 81_920, gzip: 30_720 },
});

describe('quantile', () => {
  it('interpolates between ranks', () => {
    expect([0, 0.25, 0.5, 0.75, 1].map((q) => quantile([5, 1, 4, 2, 3], q))).toEqual([1, 2, 3, 4, 5]);
    expect(quantile([10, 20], 0.25)).toBe(12.5);
    expect(() => quantile([], 0.5)).toThrow(/at least one value/);
  });
});

describe('formatReport', () => {
  const lines = formatReport(result(deck, stock)).split('\n');
  const cells = (start: string) =>
    lines
      .find((line) => line.startsWith(start))
      ?.trim()
      .split(/\s+/);

  it('tables the timings with median and spread', () => {
    expect(cells('deck ')).toEqual(['deck', '110.0', '100.0', '105.0', '115.0', '120.0']);
    expect(cells('stock ')).toEqual(['stock', '200.0', '190.0', '195.0', '205.0', '210.0']);
    expect(cells('one file ')).toEqual(['one', 'file', '90.0', '80.0', '85.0', '95.0', '100.0']);
    expect(lines).toContain('One file (deck.html, opened from a folder): 80.0 KiB, 30.0 KiB gzipped');
  });

  it('tables bytes by type in KiB, with the gzip ratio', () => {
    expect(cells('JS ')).toEqual(['JS', '1', '50.0', '10.0', '1', '100.0', '30.0', '0.33']);
    expect(cells('Fonts ')).toEqual(['Fonts', '1', '20.0', '20.0', '0', '0.0', '0.0', '–']);
    expect(cells('Total ')).toEqual(['Total', '3', '80.0', '32.0', '3', '640.0', '236.0', '0.14']);
  });

  it('says where the deck stands on both goals', () => {
    expect(lines).toContain('Ready in at most 0.65 of the stock time: met (45% sooner, ratio 0.55).');
    expect(lines).toContain('Under a third of the bytes: met gzipped (ratio 0.14), met uncompressed (ratio 0.13).');
    expect(formatReport(result(stock, deck))).toContain('Ready in at most 0.65 of the stock time: NOT met');
  });
});

describe('the figures block of docs/performance.md', () => {
  const block = formatFiguresBlock(result(deck, stock));

  it('holds the date, machine, table and goals between its markers', () => {
    expect(
      block.startsWith(
        `${FIGURES_START}\n3 cold loads of each on 2026-01-02: Test CPU, 2 cores; 1-minute load average 0.25 before the timed loads, 1.50 after.`,
      ),
    ).toBe(true);
    expect(block).toContain(
      '| Navigation start to `.reveal.ready`, median | 110 ms (IQR 105–115) | 200 ms (IQR 195–205) | 0.55 |',
    );
    expect(block).toContain('| First-load bytes, gzip -9 | 32 KiB | 236 KiB | 0.14 |');
    expect(block).toContain(
      'The deck as one file (`deck.html`, 80 KiB, 30 KiB gzipped), opened from a folder (`file://`): ready in 90 ms (IQR 85–95).',
    );
    expect(
      block.endsWith(
        `- Under a third of the bytes: met gzipped (ratio 0.14), met uncompressed (ratio 0.13).\n${FIGURES_END}`,
      ),
    ).toBe(true);
  });

  it('replaces the old block and nothing else', () => {
    const readme = `# Title\n\nBefore.\n\n${FIGURES_START}\nold figures\n${FIGURES_END}\n\nAfter.\n`;
    expect(replaceFiguresBlock(readme, block)).toBe(`# Title\n\nBefore.\n\n${block}\n\nAfter.\n`);
    expect(() => replaceFiguresBlock('# Title\n', block)).toThrow(/docs\/performance.md lacks the lines/);
  });
});
