import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTalk, need, type Talk } from '../../bench/voice-talk.ts';
import { speechSentences } from '../../scripts/voice/speech-text.ts';
import { writeWav } from '../../scripts/voice/wav.ts';
import { browserArgs, findBrowser } from '../../src/node/chromium.ts';
import { deckUrl } from './harness.ts';
import { indexOf } from './speaker-harness.ts';

/** Two slides' passages, said by flite (not the reference's espeak-ng), with a pause of 6 s between sentences. */
const SLIDES = ['challenges', 'ukraine'];
const PAUSE_AFTER = 1; // the sentence index, within the talk, followed by the pause
const PAUSE_SECONDS = 6;

const voiceWord = (view: Page) =>
  view.evaluate(() => Number(document.querySelector('.speaker-script')?.getAttribute('data-voice-word') ?? Number.NaN));

describe('voice mode: the script follows a voice from a (fake) microphone', () => {
  let folder: string;
  let talk: Talk;
  let browser: Browser | undefined;

  beforeAll(async () => {
    need('flite');
    need('sox');
    const { sentences } = speechSentences();
    const chosen = sentences.filter((sentence) => SLIDES.map(indexOf).includes(sentence.slide));
    talk = makeTalk({ voice: 'awb', pace: 1, sentences: chosen, pauses: new Map([[PAUSE_AFTER, PAUSE_SECONDS]]) });
    folder = await mkdtemp(path.join(os.tmpdir(), 'voice-test-'));
    // Chromium's fake capture plays the file in a loop: a long silence at its end keeps the test within one turn.
    const samples = new Float32Array(talk.sound.samples.length + 60 * talk.sound.sampleRate);
    samples.set(talk.sound.samples);
    const file = path.join(folder, 'talk.wav');
    await writeFile(file, writeWav({ sampleRate: talk.sound.sampleRate, samples }));
    browser = await chromium.launch({
      executablePath: findBrowser(),
      headless: true,
      args: [
        ...browserArgs(),
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-audio-capture=${file}`,
        '--autoplay-policy=no-user-gesture-required',
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('holds data-voice-word within 3 words of the truth, still through the pause, across a slide change', async () => {
    if (browser === undefined) throw new Error('No browser.');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const deck = await context.newPage();
      await deck.goto(deckUrl('', `#/${SLIDES[0] ?? ''}`));
      await deck.locator('.reveal.ready').waitFor();
      const [view] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('s')]);
      await view.locator('.speaker-script').waitFor();
      await view.keyboard.press('v');
      await view.locator('.speaker-voice[data-state="listening"]').waitFor({ timeout: 30_000 });
      const started = Date.now();
      const second = talk.checkpoints.find((checkpoint) => checkpoint.word >= (talk.checkpoints.at(-1)?.word ?? 0) - 46);
      const samples: { t: number; word: number }[] = [];
      let changed = false;
      const secondStart = talk.checkpoints.find((c) => c.word === speechFirstWord(SLIDES[1] ?? ''))?.t ?? Infinity;
      while (Date.now() - started < (talk.sound.samples.length / talk.sound.sampleRate + 1) * 1000) {
        const t = (Date.now() - started) / 1000;
        if (!changed && t >= secondStart - 0.4) {
          await deck.keyboard.press('ArrowRight');
          changed = true;
        }
        samples.push({ t, word: await voiceWord(view) });
        await view.waitForTimeout(100);
      }
      void second;
      const at = (t: number) => samples.reduce((best, s) => (Math.abs(s.t - t) < Math.abs(best.t - t) ? s : best)).word;
      const errors = talk.checkpoints.filter((c) => c.t > 2).map((c) => ({ ...c, held: at(c.t) }));
      const far = errors.filter((e) => Math.abs(e.held - e.word) > 3);
      expect(far.length / errors.length, JSON.stringify(far.slice(0, 10))).toBeLessThan(0.1);
      const [pauseStart, pauseEnd] = talk.pauses[0] ?? [0, 0];
      const during = samples.filter((s) => s.t > pauseStart + 1 && s.t < pauseEnd);
      expect(new Set(during.map((s) => s.word)).size).toBe(1);
    } finally {
      await context.close();
    }
  }, 240_000);
});

function speechFirstWord(id: string): number {
  return speechSentences().passages.find((passage) => passage.id === id)?.firstWord ?? -1;
}
