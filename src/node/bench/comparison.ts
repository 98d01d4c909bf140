import type { BenchResult, PageFigures, Ratios } from './result.ts';

export function ratios(deck: PageFigures, stock: PageFigures): Ratios {
  const of = (pick: (figures: PageFigures) => number) => pick(deck) / pick(stock);
  return {
    readyMedian: of((page) => page.ready.median),
    raw: of((page) => page.bytes.total.raw),
    gzip: of((page) => page.bytes.total.gzip),
    wire: of((page) => page.bytes.total.wire),
  };
}

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
