import { DIMENSIONS } from './features.ts';

// A frame is speech when it stands this far above the noise floor: pink noise at 20 dB SNR stays under it, the
// vowels and most consonants of a voice clear it.
const SPEECH_ABOVE_FLOOR_DB = 9;
// The floor is the quietest frame of the last three seconds (minimum statistics): between words, even in fluent speech,
// the room's own noise shows through, so speech never lifts the floor, and a louder room does within three seconds.
const FLOOR_FRAMES = 150;
// A word's quiet consonants and closures fall under the threshold: speech goes on for this many frames after the last
// loud one (200 ms), so that only pauses, not the quiet parts of words, are left out.
const HANGOVER_FRAMES = 10;
// Cepstral mean and variance normalisation over about six seconds of speech: the room, the microphone and the voice's
// own colour change slowly; what is said, fast.
const WINDOW_FRAMES = 300;
/** Tells speech from silence by loudness over an adaptive noise floor. */
export class SpeechGate {
  private readonly recent = new Float64Array(FLOOR_FRAMES).fill(Number.POSITIVE_INFINITY);
  private next = 0;
  private since = Number.POSITIVE_INFINITY;

  /** Whether a frame of `energyDb` is speech; updates the floor. */
  isSpeech(energyDb: number): boolean {
    this.recent[this.next] = energyDb;
    this.next = (this.next + 1) % FLOOR_FRAMES;
    let floor = Number.POSITIVE_INFINITY;
    for (const value of this.recent) floor = Math.min(floor, value);
    this.since = energyDb > floor + SPEECH_ABOVE_FLOOR_DB ? 0 : this.since + 1;
    return this.since <= HANGOVER_FRAMES;
  }
}

/** Where a stream's cepstra stand on average, and how far they spread: a normaliser's starting point. */
export interface CepstralStatistics {
  readonly mean: readonly number[];
  readonly deviation: readonly number[];
}

/** The mean and standard deviation of each coefficient over frames. */
export function statisticsOf(frames: readonly Float32Array[]): CepstralStatistics {
  const mean = Array.from(
    { length: DIMENSIONS },
    (_, k) => frames.reduce((sum, f) => sum + (f[k] ?? 0), 0) / (frames.length || 1),
  );
  const deviation = mean.map(
    (m, k) => Math.sqrt(frames.reduce((sum, f) => sum + ((f[k] ?? 0) - m) ** 2, 0) / (frames.length || 1)) || 1,
  );
  return { mean, deviation };
}

/**
 * Cepstral mean and variance normalisation, running over the speech frames: the same code for the reference and the
 * microphone. It starts from the reference's statistics, so the first words are already comparable.
 */
export class Normaliser {
  private readonly mean: Float64Array;
  private readonly variance: Float64Array;

  constructor(start: CepstralStatistics) {
    this.mean = Float64Array.from(start.mean);
    this.variance = Float64Array.from(start.deviation, (d) => d * d);
  }

  /** The frame, normalised, as a new array; the statistics move towards it. */
  normalise(cepstrum: Float32Array): Float32Array {
    const out = new Float32Array(DIMENSIONS);
    for (let k = 0; k < DIMENSIONS; k++) {
      const value = cepstrum[k] ?? 0;
      const mean = (this.mean[k] ?? 0) + (value - (this.mean[k] ?? 0)) / WINDOW_FRAMES;
      const variance = (this.variance[k] ?? 1) + ((value - mean) ** 2 - (this.variance[k] ?? 1)) / WINDOW_FRAMES;
      this.mean[k] = mean;
      this.variance[k] = variance;
      out[k] = (value - mean) / Math.sqrt(variance + 1e-6);
    }
    return out;
  }
}
