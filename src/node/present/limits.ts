import type { Socket } from 'node:net';
import { tokenBucket, type RateLimit } from './rate-limit.ts';

/** How many connections the server holds, in all and from one address, and how fast one address opens live ones. */
export interface ConnectionLimits {
  readonly maxConnections: number;
  /** A phone holds one live socket and a few page requests at once. */
  readonly maxPerAddress: number;
  /** Live sockets one address may open a second (in a burst of six times as many): a page opens one a few seconds. */
  readonly opensPerSecond: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = { maxConnections: 1000, maxPerAddress: 32, opensPerSecond: 10 };

/**
 * Counts open TCP connections (pages and live sockets alike) by address and turns away one over either cap at once,
 * before a byte is read: one client cannot hold every file descriptor and lock the hall's phones out.
 */
export function connectionGate(limits: ConnectionLimits): { admit(socket: Socket): boolean; readonly open: number } {
  const perAddress = new Map<string, number>();
  let open = 0;
  return {
    get open() {
      return open;
    },
    admit(socket) {
      const address = socket.remoteAddress ?? '';
      const count = perAddress.get(address) ?? 0;
      if (open >= limits.maxConnections || count >= limits.maxPerAddress) return false;
      open += 1;
      perAddress.set(address, count + 1);
      socket.once('close', () => {
        open -= 1;
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left === 0) perAddress.delete(address);
        else perAddress.set(address, left);
      });
      return true;
    },
  };
}

/**
 * A token bucket per address (for the API routes and for opening live sockets). Buckets of addresses gone quiet are
 * let go, so a stream of spoofed or passing addresses cannot grow the map without bound.
 */
export function perAddressRate(perSecond: number, burst: number): { take(address: string | undefined): boolean } {
  const buckets = new Map<string, { bucket: RateLimit; last: number }>();
  const idleMs = (burst / perSecond) * 1000 + 1000;
  return {
    take(address) {
      const now = performance.now();
      if (buckets.size > 10_000) {
        for (const [key, value] of buckets) if (now - value.last > idleMs) buckets.delete(key);
      }
      const key = address ?? '';
      const found = buckets.get(key) ?? { bucket: tokenBucket(perSecond, burst), last: now };
      found.last = now;
      buckets.set(key, found);
      return found.bucket.take();
    },
  };
}
