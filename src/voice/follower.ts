import { Normaliser, SpeechGate } from './activity.ts';
import { Aligner, DEFAULT_COSTS, type AlignerCosts } from './aligner.ts';
import { cepstrumOf, FeatureStream, HOP_SECONDS } from './features.ts';
import type { Reference } from './reference.ts';

/** Where voice following stands: what the speaker view shows and the benchmark scores. */
export interface Following {
  /** The word held as being spoken, counting the speech's words from 0; -1 when not following. */
  readonly word: number;
  /** listening: no speech matched yet since the last anchor; following; lost: no match for a while. */
  readonly state: 'listening' | 'following' | 'lost';
  /** The microphone's loudness, 0 (silence) to 1, for the level meter. */
  readonly level: number;
  /** The last frame was speech. */
  readonly speaking: boolean;
}

// Seconds of speech before the first word is claimed: the aligner needs a few syllables to know where it is.
const SETTLE_SECONDS = 0.4;
// The match's quality above which it is lost (1: no better than anywhere), and for how many seconds of speech.
const LOST_QUALITY = 0.8;
const LOST_SECONDS = 4;
const QUIET_DB = -70;
// The room's noise in each band follows the silences over about half a second.
const NOISE_SMOOTHING = 0.04;

/**
 * Follows a speaker through the speech: samples in, the word being spoken out. Features, speech detection,
 * normalisation and online time warping, in that order, as the page's worker and the benchmark both run them.
 */
export class Follower {
  private readonly features: FeatureStream;
  private readonly gate = new SpeechGate();
  private readonly normaliser: Normaliser;
  private readonly aligner: Aligner;
  private noise: Float64Array | undefined;
  private passage: readonly [number, number] = [0, 0];
  private speech = 0;
  private poor = 0;
  private current: Following = { word: -1, state: 'listening', level: 0, speaking: false };

  constructor(reference: Reference, sampleRate: number, costs: AlignerCosts = DEFAULT_COSTS) {
    this.features = new FeatureStream(sampleRate);
    this.aligner = new Aligner(reference, costs);
    this.normaliser = new Normaliser(reference.statistics);
  }

  /** Starts at word `word` of the passage of words [firstWord, endWord): a slide change or a nudge. */
  anchor(word: number, firstWord: number, endWord: number): void {
    this.passage = [firstWord, endWord];
    this.aligner.anchor(word, firstWord, endWord);
    this.speech = 0;
    this.poor = 0;
    this.current = { ...this.current, word: -1, state: 'listening' };
  }

  /** Feeds the microphone's samples; returns where following stands after them. */
  push(samples: Float32Array): Following {
    this.features.push(samples, ({ bands, energyDb }) => {
      const speaking = this.gate.isSpeech(energyDb);
      const level = Math.min(1, Math.max(0, (energyDb - QUIET_DB) / -QUIET_DB));
      if (!speaking) {
        const noise = (this.noise ??= Float64Array.from(bands));
        noise.forEach((power, band) => (noise[band] = power + ((bands[band] ?? 0) - power) * NOISE_SMOOTHING));
        this.current = { ...this.current, level, speaking };
        return;
      }
      this.aligner.step(this.normaliser.normalise(cepstrumOf(bands, this.noise)));
      this.speech += HOP_SECONDS;
      this.poor = this.aligner.quality > LOST_QUALITY ? this.poor + HOP_SECONDS : 0;
      const [first, end] = this.passage;
      const word = Math.min(end - 1, Math.max(first, this.aligner.word()));
      if (this.poor >= LOST_SECONDS) this.current = { word: -1, state: 'lost', level, speaking };
      else if (this.speech >= SETTLE_SECONDS) this.current = { word, state: 'following', level, speaking };
      else this.current = { ...this.current, level, speaking };
    });
    return this.current;
  }

  /** The match's quality now (lower is better), for the benchmark's report. */
  quality(): number {
    return this.aligner.quality;
  }
}
