import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { speechSentences } from '../../../scripts/voice/speech-text.ts';
import { DIMENSIONS } from '../../../src/voice/features.ts';
import { loadReference, quantise, type StoredReference } from '../../../src/voice/reference.ts';

const stored = JSON.parse(
  readFileSync(new URL('../../../src/voice/reference.json', import.meta.url), 'utf8'),
) as StoredReference;
const REGENERATE =
  'The speech changed since src/voice/reference.json was made: run `npm run voice:reference` and commit it.';

describe('the voice reference', () => {
  it('is of the outline as it stands: every spoken word, and the same text', () => {
    const { words, sha256 } = speechSentences();
    expect(stored.wordStarts.length, REGENERATE).toBe(words);
    expect(stored.textSha256, REGENERATE).toBe(sha256);
  });

  it('loads: its words in order, each with frames of its own', () => {
    const reference = loadReference(stored);
    expect(reference.features).toHaveLength(reference.frames * DIMENSIONS);
    reference.wordStarts.forEach((start, word) => {
      expect(start).toBeLessThan(reference.wordStarts[word + 1] ?? reference.frames);
    });
    expect(reference.wordOfFrame[reference.frames - 1]).toBe(reference.wordStarts.length - 1);
  });

  it('keeps each coefficient within one step of its value when quantised', () => {
    const features = Float32Array.from({ length: DIMENSIONS * 50 }, (_, i) => Math.sin(i) * (1 + (i % DIMENSIONS)));
    const { scale, frames } = quantise(features);
    const reference = loadReference({ ...stored, scale, frames, wordStarts: [0, 25] });
    reference.features.forEach((value, at) => {
      expect(Math.abs(value - (features[at] ?? 0))).toBeLessThanOrEqual((scale[at % DIMENSIONS] ?? 0) / 2 + 1e-6);
    });
  });

  it('refuses what is not a reference, by name', () => {
    expect(() => loadReference({ ...stored, dimensions: 3 })).toThrow(/dimensions/);
    expect(() => loadReference({ ...stored, wordStarts: [0, 10, 5] })).toThrow(/word 1 is out of order/);
    expect(() => loadReference('<html>')).toThrow();
  });
});
