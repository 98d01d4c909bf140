import { describe, expect, it } from 'vitest';
import { median, spread } from '../../../src/node/bench/stats.ts';

describe('median', () => {
  it('takes the middle value of an odd sample, whatever its order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('averages the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow(/at least one value/);
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('spread', () => {
  it('gives min, quartiles interpolated between ranks, max and the interquartile range', () => {
    expect(spread([1, 2, 3, 4, 5])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 5, iqr: 2 });
    expect(spread([10, 40, 20, 30])).toEqual({ min: 10, q1: 17.5, median: 25, q3: 32.5, max: 40, iqr: 15 });
  });

  it('collapses to one value for a sample of one', () => {
    expect(spread([7])).toEqual({ min: 7, q1: 7, median: 7, q3: 7, max: 7, iqr: 0 });
  });
});
