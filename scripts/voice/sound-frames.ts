import { FeatureStream, type Frame } from '../../src/voice/features.ts';
import type { Sound } from './wav.ts';

// A synthesiser's clean output is speech where it stands within this many dB of its loudest frame.
const CLEAN_SPEECH_RANGE_DB = 45;

/** All the frames of a sound, in order. */
export function framesOf(sound: Sound): Frame[] {
  const frames: Frame[] = [];
  new FeatureStream(sound.sampleRate).push(sound.samples, (frame) => frames.push(frame));
  return frames;
}

/** The frames of a clean, synthesised sound that are speech (its pauses and edges left out). */
export function speechFrames(frames: readonly Frame[]): Frame[] {
  const loudest = Math.max(...frames.map((frame) => frame.energyDb));
  return frames.filter((frame) => frame.energyDb > loudest - CLEAN_SPEECH_RANGE_DB);
}

/**
 * Shares `total` frames among words in proportion to their lengths when said alone: where each word starts, as an
 * offset from the first. A sentence said whole runs its words together, so this is an estimate within a word.
 */
export function shareFrames(total: number, lengths: readonly number[]): number[] {
  const sum = lengths.reduce((a, b) => a + b, 0) || 1;
  let before = 0;
  return lengths.map((length) => {
    const start = Math.round((before / sum) * total);
    before += length;
    return start;
  });
}
