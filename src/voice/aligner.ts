import { DIMENSIONS } from './features.ts';
import type { Reference } from './reference.ts';

/** The aligner's costs, in units of the typical distance between a spoken frame and the reference's frames. */
export interface AlignerCosts {
  /** Staying on a reference frame for one more spoken frame: a slower speaker. */
  readonly stay: number;
  /** Moving two reference frames in one: a faster speaker. */
  readonly skip: number;
  /** Entering anywhere else in the passage: a sentence skipped or said again. */
  readonly jump: number;
}

export const DEFAULT_COSTS: AlignerCosts = { stay: 0.3, skip: 0, jump: 15 };

/**
 * At most this many spoken frames on one reference frame in a row: a voice unlike the reference's matches some plain,
 * average frames better than the right ones, and an unlimited stay would park the path there (as Dixon's OLTW limits
 * its run count). Three allows a speaker three times slower than the reference.
 */
const MAX_STAYS = 2;
/** Frames of the reference around a passage that the aligner also considers: the speaker may start a little early. */
const MARGIN_FRAMES = 50;
// How fast the typical distance and the match's quality follow the speech: about one second of it.
const SMOOTHING = 1 / 50;

/**
 * Online time warping of spoken frames against the reference, over one passage. Each spoken frame extends, for every
 * reference frame of the passage, the cheapest path that ends there; a path moves 0, 1 or 2 reference frames a spoken
 * frame (a speaker from half to twice the reference's pace), or jumps anywhere in the passage at a high price (a
 * sentence skipped or repeated). The reference frame where the cheapest path ends is where the speaker is. Pure:
 * numbers in, a word out; the same in the page and in the benchmark.
 */
export class Aligner {
  private first = 0;
  private cost = new Float64Array(0);
  private distance = new Float64Array(0);
  /** How many spoken frames the cheapest path ending at each reference frame has stayed there. */
  private stays = new Uint8Array(0);
  private typical = 0;
  private best = 0;
  /** The smoothed ratio of the best frame's distance to the passage's typical one: low when it matches. */
  quality = 1;

  constructor(
    private readonly reference: Reference,
    private readonly costs: AlignerCosts = DEFAULT_COSTS,
  ) {}

  /** Starts again at word `word`, over the passage of words [firstWord, endWord). */
  anchor(word: number, firstWord: number, endWord: number): void {
    const { wordStarts, frames } = this.reference;
    this.first = Math.max(0, (wordStarts[firstWord] ?? frames) - MARGIN_FRAMES);
    const last = Math.min(frames, (wordStarts[endWord] ?? frames) + MARGIN_FRAMES);
    const length = Math.max(1, last - this.first);
    this.cost = new Float64Array(length).fill(Number.POSITIVE_INFINITY);
    this.distance = new Float64Array(length);
    this.stays = new Uint8Array(length);
    this.best = Math.min(length - 1, Math.max(0, (wordStarts[word] ?? this.first) - this.first));
    this.cost[this.best] = 0;
    this.quality = 0.5;
  }

  /** The reference frame where the speaker is. */
  frame(): number {
    return this.first + this.best;
  }

  /** The word where the speaker is. */
  word(): number {
    return this.reference.wordOfFrame[this.frame()] ?? -1;
  }

  /** Takes one spoken frame of speech (normalised cepstrum). */
  step(spoken: Float32Array): void {
    const { features } = this.reference;
    const length = this.cost.length;
    let sum = 0;
    for (let i = 0; i < length; i++) {
      const base = (this.first + i) * DIMENSIONS;
      let squares = 0;
      for (let k = 0; k < DIMENSIONS; k++) {
        const difference = (features[base + k] ?? 0) - (spoken[k] ?? 0);
        squares += difference * difference;
      }
      const distance = Math.sqrt(squares);
      this.distance[i] = distance;
      sum += distance;
    }
    const mean = sum / length;
    this.typical = this.typical === 0 ? mean : this.typical + (mean - this.typical) * SMOOTHING;
    const unit = this.typical;
    const stay = this.costs.stay * unit;
    const skip = this.costs.skip * unit;
    // Anywhere from the cheapest path so far, at the jump's price (the costs are kept relative to their minimum: 0).
    const jump = this.costs.jump * unit;
    let before2 = Number.POSITIVE_INFINITY;
    let before1 = Number.POSITIVE_INFINITY;
    let lowest = Number.POSITIVE_INFINITY;
    let best = 0;
    for (let i = 0; i < length; i++) {
      const here = this.cost[i] ?? Number.POSITIVE_INFINITY;
      const stayed = (this.stays[i] ?? 0) < MAX_STAYS ? here + stay : Number.POSITIVE_INFINITY;
      const moved = Math.min(before1, before2 + skip, jump);
      const from = Math.min(stayed, moved);
      this.stays[i] = stayed < moved ? (this.stays[i] ?? 0) + 1 : 0;
      const total = from + (this.distance[i] ?? 0);
      before2 = before1;
      before1 = here;
      this.cost[i] = total;
      if (total < lowest) {
        lowest = total;
        best = i;
      }
    }
    for (let i = 0; i < length; i++) this.cost[i] = (this.cost[i] ?? 0) - lowest;
    this.best = best;
    const ratio = (this.distance[best] ?? 0) / (mean || 1);
    this.quality += (ratio - this.quality) * SMOOTHING * 2;
  }
}
