import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTalk, type Talk } from '../../../bench/voice-talk.ts';
import { speechSentences, type Sentence } from '../../../scripts/voice/speech-text.ts';
import { HOP_SECONDS } from '../../../src/voice/features.ts';
import { Follower, type Following } from '../../../src/voice/follower.ts';
import { loadReference } from '../../../src/voice/reference.ts';

// Short clips said by flite (the reference is espeak-ng's): flite must be installed, as .ci/run does.
const reference = loadReference(
  JSON.parse(readFileSync(new URL('../../../src/voice/reference.json', import.meta.url), 'utf8')),
);
const { sentences, passages } = speechSentences();
const partner = passages.find((passage) => passage.id === 'partner');
if (partner === undefined) throw new Error('The outline has no slide "partner".');
const inPartner = sentences.filter(
  (sentence) => sentence.firstWord >= partner.firstWord && sentence.firstWord < partner.endWord,
);

/** Every hop's state, following the clip from the passage's first word. */
function follow(talk: Talk, from = partner?.firstWord ?? 0): Following[] {
  const follower = new Follower(reference, talk.sound.sampleRate);
  follower.anchor(from, partner?.firstWord ?? 0, partner?.endWord ?? 0);
  const hop = Math.round(talk.sound.sampleRate * HOP_SECONDS);
  const states: Following[] = [];
  for (let at = 0; at + hop <= talk.sound.samples.length; at += hop)
    states.push(follower.push(talk.sound.samples.subarray(at, at + hop)));
  return states;
}

const at = (states: Following[], t: number) => states[Math.min(states.length - 1, Math.round(t / HOP_SECONDS))];

function errors(talk: Talk, states: Following[]): number[] {
  return talk.checkpoints
    .filter(({ t }) => t > 1)
    .map(({ t, word }) => Math.abs((at(states, t)?.word ?? -1) - word))
    .sort((a, b) => a - b);
}

const median = (values: number[]) => values[Math.floor(values.length / 2)] ?? Number.NaN;

describe('the aligner, on short clips of another synthesiser', () => {
  let clips: Record<'plain' | 'paused' | 'skipped' | 'repeated', Talk>;
  const four: readonly Sentence[] = inPartner.slice(0, 4);

  beforeAll(() => {
    clips = {
      plain: makeTalk({ voice: 'rms', pace: 1, sentences: four, snrDb: 20 }),
      paused: makeTalk({ voice: 'awb', pace: 1.25, sentences: four, pauses: new Map([[1, 10]]), snrDb: 20 }),
      skipped: makeTalk({ voice: 'awb', pace: 1, sentences: four, skipped: new Set([1]) }),
      repeated: makeTalk({ voice: 'rms', pace: 0.8, sentences: four, repeated: new Set([1]) }),
    };
  }, 120_000);

  it('follows a passage in noise within two words (median)', () => {
    const states = follow(clips.plain);
    expect(median(errors(clips.plain, states))).toBeLessThanOrEqual(2);
    expect(at(states, clips.plain.checkpoints.at(-1)?.t ?? 0)?.state).toBe('following');
  });

  it('holds the word still through a 10 s pause, and goes on after it', () => {
    const states = follow(clips.paused);
    const [start, end] = clips.paused.pauses[0] ?? [0, 0];
    const held = new Set(
      states.slice(Math.round((start + 0.3) / HOP_SECONDS), Math.round(end / HOP_SECONDS)).map((s) => s.word),
    );
    expect(held.size).toBe(1);
    expect(median(errors(clips.paused, states))).toBeLessThanOrEqual(2);
  });

  it('finds a skipped sentence and a repeated one again within the passage', () => {
    for (const clip of [clips.skipped, clips.repeated]) {
      const last = clip.checkpoints.slice(-10);
      const states = follow(clip);
      const lateErrors = last.map(({ t, word }) => Math.abs((at(states, t)?.word ?? -1) - word));
      expect(median(lateErrors)).toBeLessThanOrEqual(2);
    }
  });

  it('says "listening" and -1 until it has heard enough, after an anchor', () => {
    const states = follow(clips.plain);
    expect(states[0]).toMatchObject({ word: -1, state: 'listening' });
  });
});
