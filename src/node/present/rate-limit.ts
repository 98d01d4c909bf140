export interface RateLimit {
  /** Whether one more message may pass now. */
  take(): boolean;
}

/**
 * A token bucket: `burst` messages at once, then `perSecond` a second. A clicker pressed as fast as a thumb can go
 * stays well inside it; a script flooding the server does not.
 */
export function tokenBucket(
  perSecond: number,
  burst: number,
  now: () => number = performance.now.bind(performance),
): RateLimit {
  let tokens = burst;
  let last = now();
  return {
    take() {
      const time = now();
      tokens = Math.min(burst, tokens + ((time - last) / 1000) * perSecond);
      last = time;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
