import * as v from 'valibot';
import type { CepstralStatistics } from './activity.ts';
import { DIMENSIONS, HOP_SECONDS } from './features.ts';

/**
 * The reference: the whole speech synthesised (scripts/voice-reference.ts), as the features of its speech frames,
 * quantised to one signed byte a coefficient, and the first frame of each spoken word. What the aligner matches the
 * microphone against.
 */
export const REFERENCE_FORMAT = 1;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The reference as stored (src/voice/reference.json), parsed before use like everything that crosses a boundary. */
const StoredReferenceSchema = v.strictObject({
  format: v.literal(REFERENCE_FORMAT),
  /** What was synthesised, to say so when the outline changed since: the spoken text's SHA-256, hex. */
  textSha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  synthesiser: v.pipe(v.string(), v.maxLength(200)),
  hopSeconds: v.literal(HOP_SECONDS),
  dimensions: v.literal(DIMENSIONS),
  /** The synthesised speech's cepstral statistics, where the microphone's normalisation starts. */
  mean: v.pipe(v.array(v.number()), v.length(DIMENSIONS)),
  deviation: v.pipe(v.array(v.pipe(v.number(), v.minValue(0))), v.length(DIMENSIONS)),
  /** Each coefficient's step: value = byte × scale. */
  scale: v.pipe(v.array(v.pipe(v.number(), v.minValue(0))), v.length(DIMENSIONS)),
  /** The first frame of each spoken word, in order (never decreasing). */
  wordStarts: v.array(Count),
  /** The frames' bytes, base64: frames × dimensions signed bytes. */
  frames: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});
export type StoredReference = v.InferOutput<typeof StoredReferenceSchema>;

/** The reference ready to align against. */
export interface Reference {
  /** frames × DIMENSIONS coefficients. */
  readonly features: Float32Array;
  readonly frames: number;
  /** The spoken word of each frame. */
  readonly wordOfFrame: Uint16Array;
  /** The first frame of each word. */
  readonly wordStarts: readonly number[];
  /** Where the microphone's normalisation starts. */
  readonly statistics: CepstralStatistics;
}

function bytesOf(base64: string): Int8Array {
  const binary = atob(base64);
  const bytes = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = (binary.charCodeAt(i) << 24) >> 24;
  return bytes;
}

/** Parses and expands a stored reference; throws with the reason when it is not one. */
export function loadReference(data: unknown): Reference {
  const parsed = v.safeParse(StoredReferenceSchema, data);
  if (!parsed.success) {
    const [issue] = parsed.issues;
    const field = issue.path?.map((item) => String(item.key)).join('.') ?? 'the whole';
    throw new Error(`The voice reference is not one (${field}: ${issue.message}).`);
  }
  const stored = parsed.output;
  const bytes = bytesOf(stored.frames);
  if (bytes.length % DIMENSIONS !== 0) throw new Error('The voice reference is cut short.');
  const frames = bytes.length / DIMENSIONS;
  const features = new Float32Array(bytes.length);
  bytes.forEach((byte, at) => {
    features[at] = byte * (stored.scale[at % DIMENSIONS] ?? 0);
  });
  const wordOfFrame = new Uint16Array(frames);
  stored.wordStarts.forEach((start, word) => {
    const end = stored.wordStarts[word + 1] ?? frames;
    if (start > end || end > frames) throw new Error(`The voice reference's word ${word} is out of order.`);
    wordOfFrame.fill(word, start, end);
  });
  return {
    features,
    frames,
    wordOfFrame,
    wordStarts: stored.wordStarts,
    statistics: { mean: stored.mean, deviation: stored.deviation },
  };
}

/** Quantises features (frames × DIMENSIONS) for storage: each coefficient's largest magnitude maps to 127. */
export function quantise(features: Float32Array): { scale: number[]; frames: string } {
  const scale = Array.from({ length: DIMENSIONS }, (_, k) => {
    let largest = 0;
    for (let at = k; at < features.length; at += DIMENSIONS) largest = Math.max(largest, Math.abs(features[at] ?? 0));
    return largest / 127 || 1;
  });
  let binary = '';
  features.forEach((value, at) => {
    binary += String.fromCharCode(Math.round(value / (scale[at % DIMENSIONS] ?? 1)) & 0xff);
  });
  return { scale, frames: btoa(binary) };
}
