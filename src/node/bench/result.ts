import type { ByteTable, ResponseRecord } from './bytes.ts';
import type { Machine } from './machine.ts';
import type { VIEWPORT } from './measure.ts';
import type { Spread } from './stats.ts';

export interface PageFigures {
  readonly url: string;
  /** Milliseconds to `.reveal.ready`, one per load, in the order measured. */
  readonly readyMs: readonly number[];
  readonly ready: Spread;
  readonly responses: readonly ResponseRecord[];
  readonly bytes: ByteTable;
}

export interface Ratios {
  readonly readyMedian: number;
  readonly raw: number;
  readonly gzip: number;
  readonly wire: number;
}

export interface BenchResult {
  readonly date: string;
  readonly machine: Machine;
  readonly loads: number;
  readonly viewport: typeof VIEWPORT;
  readonly serving: string;
  /** The 1-minute load average around the timed loads: other work on the machine widens their spread. */
  readonly loadAverage: { readonly before: number; readonly after: number };
  readonly deck: PageFigures;
  readonly stock: PageFigures;
  /** Deck / stock: under 1 means the deck is faster or smaller. */
  readonly ratios: Ratios;
}
