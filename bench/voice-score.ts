import { Follower } from '../src/voice/follower.ts';
import { HOP_SECONDS } from '../src/voice/features.ts';
import type { Reference } from '../src/voice/reference.ts';
import { progress, wordDue } from '../src/client/speaker/state/paced-scroll.ts';
import type { Passage } from '../scripts/voice/speech-text.ts';
import type { Checkpoint } from './voice-talk.ts';
import type { Sound } from '../scripts/voice/wav.ts';

/** What a run of the follower (or of the paced script) on a recording scores. */
export interface Score {
  readonly checkpoints: number;
  readonly medianError: number;
  readonly p95Error: number;
  /** Median seconds from a word's start until the view holds it (or a later word), in ms. */
  readonly lagMs: number;
  /** Share of checkpoints at which the view was following. */
  readonly following: number;
  /** The largest move, in words, of the held word during a pause of 10 s or more. */
  readonly pauseMoveWords: number;
  /** Seconds after a long pause until the held word is within one of the truth again (the worst). */
  readonly pauseRecoverySeconds: number;
  /** CPU seconds per second of audio. */
  readonly cpuShare: number;
}

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
};

/** The passage holding `word`. */
function passageOf(passages: readonly Passage[], word: number): Passage | undefined {
  return passages.find((passage) => word >= passage.firstWord && word < passage.endWord);
}

/** Slide changes as the truth implies them: just before the first word said of each new passage. */
function slideChanges(
  passages: readonly Passage[],
  checkpoints: readonly Checkpoint[],
): { t: number; passage: Passage }[] {
  const changes: { t: number; passage: Passage }[] = [];
  for (const checkpoint of checkpoints) {
    const passage = passageOf(passages, checkpoint.word);
    if (passage !== undefined && passage !== changes.at(-1)?.passage) {
      changes.push({ t: Math.max(0, checkpoint.t - 0.3), passage });
    }
  }
  return changes;
}

/** The held word every hop: the follower's where it follows, else where the script was last put (the passage's start). */
export function followTrack(
  reference: Reference,
  sound: Sound,
  passages: readonly Passage[],
  checkpoints: readonly Checkpoint[],
): { track: number[]; cpuShare: number } {
  const follower = new Follower(reference, sound.sampleRate);
  const changes = slideChanges(passages, checkpoints);
  const hop = Math.round(sound.sampleRate * HOP_SECONDS);
  const track: number[] = [];
  let held = -1;
  let next = 0;
  const started = process.cpuUsage();
  for (let at = 0; at + hop <= sound.samples.length; at += hop) {
    const t = at / sound.sampleRate;
    const change = changes[next];
    if (change !== undefined && t >= change.t) {
      follower.anchor(change.passage.firstWord, change.passage.firstWord, change.passage.endWord);
      held = change.passage.firstWord;
      next += 1;
    }
    const following = follower.push(sound.samples.subarray(at, at + hop));
    if (following.word >= 0) held = following.word;
    track.push(held);
  }
  const used = process.cpuUsage(started);
  return { track, cpuShare: (used.user + used.system) / 1e6 / (sound.samples.length / sound.sampleRate) };
}

/** The paced script's word every hop: each passage at the plan's pace from the slide change, as the view does. */
export function pacedTrack(
  seconds: number,
  passages: readonly Passage[],
  plannedSeconds: (passage: Passage) => number,
  checkpoints: readonly Checkpoint[],
): number[] {
  const changes = slideChanges(passages, checkpoints);
  const track: number[] = [];
  let next = 0;
  let current: { t: number; passage: Passage } | undefined;
  for (let t = 0; t < seconds; t += HOP_SECONDS) {
    while ((changes[next]?.t ?? Infinity) <= t) current = changes[next++];
    if (current === undefined) track.push(-1);
    else {
      const { passage } = current;
      const words = passage.endWord - passage.firstWord;
      track.push(passage.firstWord + wordDue(progress(t - current.t, plannedSeconds(passage)), words));
    }
  }
  return track;
}

/** Scores a track of held words against the truth. */
export function score(
  track: readonly number[],
  checkpoints: readonly Checkpoint[],
  pauses: readonly [number, number][],
  cpuShare: number,
): Score {
  const at = (t: number) => track[Math.min(track.length - 1, Math.max(0, Math.round(t / HOP_SECONDS)))] ?? -1;
  const errors = checkpoints.map(({ t, word }) => Math.abs(at(t) - word));
  const lags = checkpoints.flatMap(({ t, word }) => {
    for (let dt = -1; dt <= 3; dt += HOP_SECONDS) if (at(t + dt) >= word) return [dt * 1000];
    return [];
  });
  let pauseMoveWords = 0;
  let pauseRecoverySeconds = 0;
  for (const [start, end] of pauses.filter(([start, end]) => end - start >= 10)) {
    const still = at(start + 0.5);
    for (let t = start + 0.5; t < end; t += HOP_SECONDS)
      pauseMoveWords = Math.max(pauseMoveWords, Math.abs(at(t) - still));
    const after = checkpoints.filter((checkpoint) => checkpoint.t >= end).slice(0, 30);
    const back = after.find(({ t, word }) => Math.abs(at(t) - word) <= 1);
    pauseRecoverySeconds = Math.max(pauseRecoverySeconds, back === undefined ? Infinity : back.t - end);
  }
  return {
    checkpoints: checkpoints.length,
    medianError: percentile(errors, 0.5),
    p95Error: percentile(errors, 0.95),
    lagMs: Math.round(percentile(lags, 0.5)),
    following: checkpoints.filter(({ t }) => at(t) >= 0).length / (checkpoints.length || 1),
    pauseMoveWords,
    pauseRecoverySeconds,
    cpuShare,
  };
}
