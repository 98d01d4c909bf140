import { describe, expect, it } from 'vitest';
import { cepstrumOf, DIMENSIONS, FeatureStream, fft, type Frame } from '../../../src/voice/features.ts';

function tone(sampleRate: number, seconds: number, hz: number[]): Float32Array {
  return Float32Array.from({ length: Math.round(sampleRate * seconds) }, (_, i) =>
    hz.reduce((sum, f) => sum + 0.2 * Math.sin((2 * Math.PI * f * i) / sampleRate), 0),
  );
}

function frames(sampleRate: number, samples: Float32Array, block = 1000): Frame[] {
  const out: Frame[] = [];
  const stream = new FeatureStream(sampleRate);
  for (let at = 0; at < samples.length; at += block) stream.push(samples.subarray(at, at + block), (f) => out.push(f));
  return out;
}

describe('features', () => {
  it('transforms a cosine into its two bins', () => {
    const n = 16;
    const re = Float64Array.from({ length: n }, (_, i) => Math.cos((2 * Math.PI * 3 * i) / n));
    const im = new Float64Array(n);
    fft(re, im);
    const magnitudes = [...re].map((r, i) => Math.round(Math.hypot(r, im[i] ?? 0)));
    expect(magnitudes).toEqual([0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0]);
  });

  it('gives one frame every 20 ms, whatever the blocks it is fed in', () => {
    const samples = tone(16_000, 1, [440]);
    expect(frames(16_000, samples, 137)).toHaveLength(frames(16_000, samples, 4096).length);
    // 1 s: the first frame needs 25 ms, then one each 20 ms.
    expect(frames(16_000, samples)).toHaveLength(Math.floor((1 - 0.025) / 0.02) + 1);
  });

  it('gives a sound nearly the same cepstrum at 16, 22.05 and 48 kHz (no resampling needed)', () => {
    const voiceLike = [220, 660, 1250, 2400];
    const [a, b, c] = [16_000, 22_050, 48_000].map((rate) => {
      const frame = frames(rate, tone(rate, 0.5, voiceLike))[10];
      if (frame === undefined) throw new Error('no frame');
      return cepstrumOf(frame.bands);
    });
    const distance = (x?: Float32Array, y?: Float32Array) =>
      Math.hypot(...Array.from({ length: DIMENSIONS }, (_, k) => (x?.[k] ?? 0) - (y?.[k] ?? 0)));
    const scale = Math.hypot(...(a ?? []));
    expect(distance(a, b) / scale).toBeLessThan(0.15);
    expect(distance(a, c) / scale).toBeLessThan(0.15);
  });

  it('takes a known noise off the bands, never below a floor', () => {
    const bands = new Float64Array(24).fill(1);
    const noisy = cepstrumOf(bands.map((p, band) => p + (band < 12 ? 10 : 0)));
    const cleaned = cepstrumOf(
      bands.map((p, band) => p + (band < 12 ? 10 : 0)),
      new Float64Array(24).map((_, band) => (band < 12 ? 10 : 0)),
    );
    const clean = cepstrumOf(bands);
    expect(Math.hypot(...cleaned.map((c, k) => c - (clean[k] ?? 0)))).toBeLessThan(
      Math.hypot(...noisy.map((c, k) => c - (clean[k] ?? 0))) / 5,
    );
  });
});
