import { describe, expect, it } from 'vitest';
import { ratios, verdict } from '../../../src/node/bench/comparison.ts';
import { fastSmall, slowLarge } from './samples.ts';

describe('ratios and verdict', () => {
  it('divides the deck by the stock page', () => {
    const r = ratios(fastSmall, slowLarge);
    expect(r.readyMedian).toBeCloseTo(110 / 200);
    expect(r.gzip).toBeCloseTo(32_768 / 237_568);
    expect(r.raw).toBeCloseTo(81_920 / 624_640);
  });

  it('meets the goals only at 30% faster and under a third of the bytes', () => {
    expect(verdict({ ratios: { readyMedian: 0.7, gzip: 0.33, raw: 0.34, wire: 0.33 } })).toEqual({
      faster: true,
      smallerGzip: true,
      smallerRaw: false,
    });
    expect(verdict({ ratios: { readyMedian: 0.71, gzip: 1 / 3, raw: 0.1, wire: 0.1 } })).toEqual({
      faster: false,
      smallerGzip: false,
      smallerRaw: true,
    });
  });
});
