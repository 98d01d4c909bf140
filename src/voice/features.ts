/**
 * The sound's features, computed the same way for the reference (at generation time, in Node) and for the microphone
 * (in the page): mel-frequency cepstral coefficients of 25 ms frames every 20 ms, from the voice band only, so that a
 * recording at any sample rate gives comparable numbers without resampling. Pure arithmetic, no DOM, no Node.
 */

/** Seconds between frames: 50 frames a second. */
export const HOP_SECONDS = 0.02;
const FRAME_SECONDS = 0.025;
/**
 * Coefficients kept, c1 to c8: c0, the loudness, says nothing of what is said, and the higher ones, finer detail of
 * the spectrum, differ most between voices (a high voice's harmonics) and drown first in noise: with them, flite's
 * female voice at 1.25× was followed with a median error of 8 words instead of 1 (npm run bench:voice).
 */
export const DIMENSIONS = 8;
const MEL_BANDS = 24;
// The voice band: below 120 Hz is hum and breath, above 3.8 kHz is lost by an 8 kHz recording.
const LOW_HZ = 120;
const HIGH_HZ = 3800;
const PRE_EMPHASIS = 0.97;

/** One frame: the power in each mel band, and its loudness in dB. */
export interface Frame {
  readonly bands: Float64Array;
  readonly energyDb: number;
}

// Of the noise's power estimated in a band, how much is taken off, and the least share of a band's power kept: plain
// spectral subtraction, so that a noisy room's quiet consonants look less like its noise.
const OVER_SUBTRACTION = 1;
const SPECTRAL_FLOOR = 0.05;

const DCT = new Float64Array(DIMENSIONS * MEL_BANDS).map((_, at) => {
  const k = Math.floor(at / MEL_BANDS);
  const band = at % MEL_BANDS;
  return Math.cos((Math.PI * (k + 1) * (band + 0.5)) / MEL_BANDS);
});

/** The cepstrum (c1 to c8) of a frame's bands, with `noise` (the room's power in each band, if known) taken off. */
export function cepstrumOf(bands: Float64Array, noise?: Float64Array): Float32Array {
  const cepstrum = new Float32Array(DIMENSIONS);
  const logs = bands.map((power, band) => {
    const clean = Math.max(power - OVER_SUBTRACTION * (noise?.[band] ?? 0), SPECTRAL_FLOOR * power);
    return Math.log(clean + 1e-10);
  });
  for (let k = 0; k < DIMENSIONS; k++) {
    let sum = 0;
    for (let band = 0; band < MEL_BANDS; band++) sum += (DCT[k * MEL_BANDS + band] ?? 0) * (logs[band] ?? 0);
    cepstrum[k] = sum;
  }
  return cepstrum;
}

const mel = (hz: number) => 2595 * Math.log10(1 + hz / 700);
const hz = (m: number) => 700 * (10 ** (m / 2595) - 1);

/** In-place radix-2 FFT of `re`/`im` (length a power of two). */
export function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j] ?? 0, re[i] ?? 0];
      [im[i], im[j]] = [im[j] ?? 0, im[i] ?? 0];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const angle = (-2 * Math.PI) / size;
    const wr = Math.cos(angle);
    const wi = Math.sin(angle);
    for (let start = 0; start < n; start += size) {
      let cr = 1;
      let ci = 0;
      for (let k = 0; k < size / 2; k++) {
        const a = start + k;
        const b = a + size / 2;
        const br = (re[b] ?? 0) * cr - (im[b] ?? 0) * ci;
        const bi = (re[b] ?? 0) * ci + (im[b] ?? 0) * cr;
        re[b] = (re[a] ?? 0) - br;
        im[b] = (im[a] ?? 0) - bi;
        re[a] = (re[a] ?? 0) + br;
        im[a] = (im[a] ?? 0) + bi;
        const next = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = next;
      }
    }
  }
}

/** Triangular mel filters over the FFT's bins: for each band, its first bin and weights. */
function melFilters(sampleRate: number, size: number): { readonly first: number; readonly weights: Float64Array }[] {
  const low = mel(LOW_HZ);
  const high = mel(Math.min(HIGH_HZ, sampleRate / 2));
  const edges = Array.from({ length: MEL_BANDS + 2 }, (_, i) => hz(low + ((high - low) * i) / (MEL_BANDS + 1)));
  const binHz = sampleRate / size;
  return Array.from({ length: MEL_BANDS }, (_, band) => {
    const [left, centre, right] = [edges[band] ?? 0, edges[band + 1] ?? 0, edges[band + 2] ?? 0];
    const first = Math.ceil(left / binHz);
    const last = Math.floor(right / binHz);
    const weights = new Float64Array(Math.max(0, last - first + 1));
    for (let bin = first; bin <= last; bin++) {
      const f = bin * binHz;
      weights[bin - first] = f <= centre ? (f - left) / (centre - left) : (right - f) / (right - centre);
    }
    return { first, weights };
  });
}

/**
 * Turns a stream of samples, in blocks of any length, into frames. Keeps only what the next frame needs, so a page
 * can feed it the microphone's blocks as they come.
 */
export class FeatureStream {
  readonly hop: number;
  private readonly length: number;
  private readonly size: number;
  private readonly window: Float64Array;
  private readonly filters: ReturnType<typeof melFilters>;
  private readonly pending: Float32Array;
  private filled = 0;
  private previous = 0;

  constructor(readonly sampleRate: number) {
    this.hop = Math.round(sampleRate * HOP_SECONDS);
    this.length = Math.round(sampleRate * FRAME_SECONDS);
    this.size = 2 ** Math.ceil(Math.log2(this.length));
    this.window = Float64Array.from(
      { length: this.length },
      (_, i) => 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (this.length - 1)),
    );
    this.filters = melFilters(sampleRate, this.size);
    this.pending = new Float32Array(this.length);
  }

  /** Feeds samples (-1 to 1); calls `frame` for every frame they complete. */
  push(samples: Float32Array, frame: (frame: Frame) => void): void {
    for (const raw of samples) {
      // Pre-emphasis lifts the consonants, which tell words apart, over the vowels' low, loud partials.
      const sample = raw - PRE_EMPHASIS * this.previous;
      this.previous = raw;
      this.pending[this.filled++] = sample;
      if (this.filled === this.length) {
        frame(this.analyse());
        this.pending.copyWithin(0, this.hop);
        this.filled = this.length - this.hop;
      }
    }
  }

  private analyse(): Frame {
    const re = new Float64Array(this.size);
    const im = new Float64Array(this.size);
    let energy = 0;
    for (let i = 0; i < this.length; i++) {
      const value = this.pending[i] ?? 0;
      energy += value * value;
      re[i] = value * (this.window[i] ?? 0);
    }
    fft(re, im);
    const bands = new Float64Array(MEL_BANDS);
    this.filters.forEach(({ first, weights }, band) => {
      let sum = 0;
      weights.forEach((weight, at) => {
        const bin = first + at;
        sum += weight * ((re[bin] ?? 0) ** 2 + (im[bin] ?? 0) ** 2);
      });
      bands[band] = sum;
    });
    return { bands, energyDb: 10 * Math.log10(energy / this.length + 1e-12) };
  }
}
