import { bytesByType, type ResponseRecord } from '../../../src/node/bench/bytes.ts';
import { ratios } from '../../../src/node/bench/comparison.ts';
import type { BenchResult, PageFigures } from '../../../src/node/bench/result.ts';
import { spread } from '../../../src/node/bench/stats.ts';

// Made-up pages and a result around them, shared so the comparison and report tests judge the same figures.

export const record = (kind: ResponseRecord['kind'], raw: number, gzip: number, wire = gzip): ResponseRecord => ({
  url: `http://127.0.0.1/${kind}`,
  status: 200,
  kind,
  raw,
  gzip,
  wire,
});

export function page(readyMs: number[], responses: ResponseRecord[]): PageFigures {
  return { url: 'http://127.0.0.1/', readyMs, ready: spread(readyMs), responses, bytes: bytesByType(responses) };
}

export function result(deck: PageFigures, stock: PageFigures): BenchResult {
  return {
    date: '2026-01-02T03:04:05.000Z',
    machine: {
      cpu: 'Test CPU',
      cores: 2,
      memoryBytes: 2 * 1024 ** 3,
      os: 'Linux 6 x64',
      node: 'v20.0.0',
      chromium: '150.0',
    },
    loads: 3,
    viewport: { width: 1280, height: 720 },
    serving: 'both alike',
    loadAverage: { before: 0.25, after: 1.5 },
    deck,
    stock,
    ratios: ratios(deck, stock),
  };
}

export const fastSmall = page(
  [100, 110, 120],
  [record('html', 10_240, 2_048), record('js', 51_200, 10_240), record('font', 20_480, 20_480)],
);
export const slowLarge = page(
  [200, 190, 210],
  [record('html', 10_240, 2_048), record('js', 102_400, 30_720), record('css', 512_000, 204_800)],
);
