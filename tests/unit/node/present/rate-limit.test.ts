import { describe, expect, it } from 'vitest';
import { tokenBucket } from '../../../../src/node/present/rate-limit.ts';

describe('the token bucket', () => {
  it('lets a burst through, then the steady rate', () => {
    let now = 0;
    const bucket = tokenBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 100;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});
