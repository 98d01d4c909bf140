// `npm run voice:reference`: synthesises the whole speech with espeak-ng (a GPL program run here, at generation time:
// its output is data) and writes the voice reference, src/voice/reference.json, that voice following aligns the
// microphone against. Deterministic: the same outline and espeak-ng give the same file.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Normaliser, statisticsOf } from '../src/voice/activity.ts';
import { cepstrumOf, DIMENSIONS, HOP_SECONDS } from '../src/voice/features.ts';
import { quantise, REFERENCE_FORMAT, type StoredReference } from '../src/voice/reference.ts';
import { framesOf, shareFrames, speechFrames } from './voice/sound-frames.ts';
import { speechSentences } from './voice/speech-text.ts';
import { readWav } from './voice/wav.ts';

const OUT = path.resolve(import.meta.dirname, '../src/voice/reference.json');
// A voice and pace near the plan's 130 words a minute; the aligner allows half to twice the reference's pace.
const VOICE = ['-v', 'en-us', '-s', '140'];

function synthesise(text: string): ReturnType<typeof readWav> {
  const result = spawnSync('espeak-ng', [...VOICE, '--stdout', text], { maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    console.error('espeak-ng is needed to make the voice reference: install it (Debian: apt-get install espeak-ng).');
    process.exit(1);
  }
  return readWav(result.stdout);
}

const { sentences, words, sha256 } = speechSentences();
const version =
  spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' })
    .stdout.trim()
    .split(/\s+Data/)[0] ?? '';
const raw: Float32Array[] = [];
const wordStarts: number[] = [];
for (const sentence of sentences) {
  const frames = speechFrames(framesOf(synthesise(sentence.words.join(' '))));
  const lengths = sentence.words.map((word) => Math.max(1, speechFrames(framesOf(synthesise(word))).length));
  for (const start of shareFrames(frames.length, lengths)) wordStarts.push(raw.length + start);
  for (const frame of frames) raw.push(cepstrumOf(frame.bands));
  process.stdout.write(`\r${wordStarts.length} of ${words} words`);
}
// Normalised as the microphone will be, by the same running normaliser, from the same starting statistics.
const statistics = statisticsOf(raw);
const normaliser = new Normaliser(statistics);
const features = raw.map((frame) => normaliser.normalise(frame));
const all = new Float32Array(features.length * DIMENSIONS);
features.forEach((frame, index) => {
  all.set(frame, index * DIMENSIONS);
});
const stored: StoredReference = {
  format: REFERENCE_FORMAT,
  textSha256: sha256,
  synthesiser: `${version} ${VOICE.join(' ')}`,
  hopSeconds: HOP_SECONDS,
  dimensions: DIMENSIONS,
  mean: [...statistics.mean],
  deviation: [...statistics.deviation],
  ...quantise(all),
  wordStarts,
};
writeFileSync(OUT, `${JSON.stringify(stored)}\n`);
console.log(`\nWrote ${path.relative(process.cwd(), OUT)}: ${features.length} frames, ${words} words.`);
