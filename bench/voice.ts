// `npm run bench:voice [-- --audio FILE.wav --truth FILE.json] [--from SLIDE_ID] [--sentences N] [--out FILE.json]`:
// runs voice following's own code (src/voice) on recordings, faster than real time, and prints its error in words, its
// lag and its CPU time, beside the paced script's error on the same talks. Without --audio it synthesises test talks
// with flite (never espeak-ng, the reference's synthesiser) at three paces, with pauses of 3 and 10 s, pink noise at
// 20 dB SNR, a sentence skipped and one said twice.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { speech } from '../slides/speech.ts';
import { deckSlides } from '../src/model/deck.ts';
import { loadReference } from '../src/voice/reference.ts';
import { speechSentences, type Passage } from '../scripts/voice/speech-text.ts';
import { readWav, type Sound } from '../scripts/voice/wav.ts';
import { followTrack, pacedTrack, score, type Score } from './voice-score.ts';
import { makeTalk, type Checkpoint, type TalkPlan } from './voice-talk.ts';

const { values } = parseArgs({
  options: {
    audio: { type: 'string' },
    truth: { type: 'string' },
    from: { type: 'string' },
    sentences: { type: 'string' },
    out: { type: 'string' },
  },
});

const TruthSchema = v.object({
  checkpoints: v.array(
    v.object({ t: v.pipe(v.number(), v.minValue(0)), word: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  ),
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const reference = loadReference(
  JSON.parse(readFileSync(new URL('../src/voice/reference.json', import.meta.url), 'utf8')),
);
const { sentences, passages } = speechSentences();
const slides = deckSlides(speech);
const planned = (passage: Passage) => slides.find((slide) => slide.id === passage.id)?.timing ?? 0;

interface Run {
  readonly name: string;
  readonly sound: Sound;
  readonly checkpoints: Checkpoint[];
  readonly pauses: [number, number][];
}

function runs(): Run[] {
  if (values.audio !== undefined) {
    if (values.truth === undefined)
      fail('--audio needs --truth FILE.json: {"checkpoints":[{"t":SECONDS,"word":INDEX}]}.');
    const sound = readWav(readFileSync(values.audio));
    const truth = v.safeParse(TruthSchema, JSON.parse(readFileSync(values.truth, 'utf8')));
    if (!truth.success) fail(`${values.truth} is not {"checkpoints":[{"t":SECONDS,"word":INDEX}, ...]}.`);
    return [{ name: values.audio, sound, checkpoints: truth.output.checkpoints, pauses: [] }];
  }
  const fromSlide = values.from === undefined ? 0 : slides.findIndex((slide) => slide.id === values.from);
  if (fromSlide < 0) fail(`The outline has no slide "${values.from ?? ''}".`);
  const chosen = sentences
    .filter((sentence) => sentence.slide >= fromSlide)
    .slice(0, Number(values.sentences ?? Infinity));
  const n = chosen.length;
  const events = {
    pauses: new Map([
      [Math.min(n - 1, 3), 3],
      [Math.floor(n / 2), 10],
    ]),
    skipped: new Set([Math.min(n - 1, 6)]),
    repeated: new Set([Math.min(n - 1, 10)]),
    snrDb: 20,
  };
  const plans: (TalkPlan & { name: string })[] = [
    { name: 'flite slt at 1.0×', voice: 'slt', pace: 1, sentences: chosen, ...events },
    { name: 'flite rms at 0.8×', voice: 'rms', pace: 0.8, sentences: chosen, ...events },
    { name: 'flite awb at 1.25×', voice: 'awb', pace: 1.25, sentences: chosen, ...events },
  ];
  return plans.map((plan) => {
    process.stdout.write(`Synthesising ${plan.name} (${n} sentences) …\n`);
    return { name: plan.name, ...makeTalk(plan) };
  });
}

const row = (name: string, s: Score) =>
  `| ${name} | ${s.medianError} | ${s.p95Error} | ${s.lagMs} | ${(s.following * 100).toFixed(0)}% | ${s.pauseMoveWords} | ${s.pauseRecoverySeconds.toFixed(2)} | ${(s.cpuShare * 100).toFixed(1)}% |`;

const results = runs().map((run) => {
  const seconds = run.sound.samples.length / run.sound.sampleRate;
  const voice = followTrack(reference, run.sound, passages, run.checkpoints);
  const voiceScore = score(voice.track, run.checkpoints, run.pauses, voice.cpuShare);
  const pacedScore = score(pacedTrack(seconds, passages, planned, run.checkpoints), run.checkpoints, run.pauses, 0);
  return { name: run.name, seconds: Math.round(seconds), voice: voiceScore, paced: pacedScore };
});

console.log(
  '\n| Talk | median error (words) | p95 error | lag (ms) | following | move in 10 s pause (words) | back after it (s) | CPU (one core) |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const result of results) {
  console.log(row(`${result.name}, ${result.seconds} s: voice`, result.voice));
  console.log(row(`${result.name}: paced script`, result.paced));
}
if (values.out !== undefined) writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
