import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HOP_SECONDS } from '../src/voice/features.ts';
import { framesOf, shareFrames } from '../scripts/voice/sound-frames.ts';
import type { Sentence } from '../scripts/voice/speech-text.ts';
import { readWav, type Sound } from '../scripts/voice/wav.ts';

/** Where a word begins in a recording: the truth a follower is scored against. */
export interface Checkpoint {
  readonly t: number;
  readonly word: number;
}

/** A test talk: what it says, how, and what happens in it. */
export interface TalkPlan {
  /** flite's voice: never the reference's synthesiser, so the test says something. */
  readonly voice: 'slt' | 'rms' | 'awb' | 'kal16';
  /** The speaker's pace against flite's own (1.25: a quarter faster). */
  readonly pace: number;
  readonly sentences: readonly Sentence[];
  /** Seconds of silence after the sentence of that index (applause, a question, a glass of water). */
  readonly pauses?: ReadonlyMap<number, number>;
  /** Indices of sentences left out, and of sentences said twice. */
  readonly skipped?: ReadonlySet<number>;
  readonly repeated?: ReadonlySet<number>;
  /** Pink noise this many dB under the speech; none when undefined. */
  readonly snrDb?: number;
}

export interface Talk {
  readonly sound: Sound;
  readonly checkpoints: Checkpoint[];
  /** The pauses as [start, end] seconds. */
  readonly pauses: [number, number][];
}

const RATE = 16_000;
const CLEAN_SPEECH_RANGE_DB = 45;

/** Fails with one line naming what to install when a tool is missing. */
export function need(tool: 'flite' | 'sox'): void {
  const probe = spawnSync(tool, ['--version']);
  if (probe.error)
    throw new Error(
      `${tool} is needed for the voice test talks: install flite and sox (Debian: apt-get install flite sox).`,
    );
}

function flite(voice: string, pace: number, text: string): Sound {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'voice-talk-'));
  try {
    const file = path.join(folder, 'out.wav');
    const args = ['-voice', voice, '--setf', `duration_stretch=${(1 / pace).toFixed(3)}`, '-t', text, '-o', file];
    const result = spawnSync('flite', args);
    if (result.error || result.status !== 0) throw new Error(`flite failed on "${text.slice(0, 40)}".`);
    const sound = readWav(readFileSync(file));
    if (sound.sampleRate !== RATE) throw new Error(`flite's ${voice} speaks at ${sound.sampleRate} Hz, not ${RATE}.`);
    return sound;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The times (from the sound's start) of its speech frames. */
function speechTimes(sound: Sound): number[] {
  const frames = framesOf(sound);
  const loudest = Math.max(...frames.map((frame) => frame.energyDb));
  return frames.flatMap((frame, index) =>
    frame.energyDb > loudest - CLEAN_SPEECH_RANGE_DB ? [index * HOP_SECONDS] : [],
  );
}

/** Pink noise from sox, `seconds` long, at 16 kHz. */
function pinkNoise(seconds: number): Float32Array {
  const result = spawnSync(
    'sox',
    ['-n', '-r', String(RATE), '-b', '16', '-c', '1', '-t', 'wav', '-', 'synth', seconds.toFixed(2), 'pinknoise'],
    {
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  if (result.error || result.status !== 0) throw new Error('sox could not make pink noise.');
  return readWav(result.stdout).samples;
}

const rms = (samples: Float32Array) => Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / (samples.length || 1));

/** Synthesises a talk, sentence by sentence, with its checkpoints: the start of every word said. */
export function makeTalk(plan: TalkPlan): Talk {
  need('flite');
  const parts: Float32Array[] = [];
  const checkpoints: Checkpoint[] = [];
  const pauses: [number, number][] = [];
  let length = 0;
  const add = (samples: Float32Array) => {
    parts.push(samples);
    length += samples.length;
  };
  const say = (sentence: Sentence) => {
    const sound = flite(plan.voice, plan.pace, sentence.words.join(' '));
    const times = speechTimes(sound);
    const lengths = sentence.words.map((word) => Math.max(1, speechTimes(flite(plan.voice, plan.pace, word)).length));
    shareFrames(times.length, lengths).forEach((start, at) => {
      checkpoints.push({ t: length / RATE + (times[start] ?? 0), word: sentence.firstWord + at });
    });
    add(sound.samples);
  };
  plan.sentences.forEach((sentence, index) => {
    if (plan.skipped?.has(index)) return;
    say(sentence);
    if (plan.repeated?.has(index)) say(sentence);
    const pause = plan.pauses?.get(index);
    if (pause !== undefined) {
      pauses.push([length / RATE, length / RATE + pause]);
      add(new Float32Array(Math.round(pause * RATE)));
    }
  });
  const samples = new Float32Array(length);
  let at = 0;
  for (const part of parts) {
    samples.set(part, at);
    at += part.length;
  }
  if (plan.snrDb !== undefined) {
    need('sox');
    const noise = pinkNoise(length / RATE + 0.1);
    const gain = rms(samples) / (rms(noise) * 10 ** (plan.snrDb / 20));
    for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] ?? 0) + (noise[i] ?? 0) * gain;
  }
  return { sound: { sampleRate: RATE, samples }, checkpoints, pauses };
}
