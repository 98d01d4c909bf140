import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTalk, need, type Talk } from '../../bench/voice-talk.ts';
import { speechSentences } from '../../scripts/voice/speech-text.ts';
import { writeWav } from '../../scripts/voice/wav.ts';
import { browserArgs, findBrowser } from '../../src/node/chromium.ts';
import { makeSecret } from '../../src/node/present/secret.ts';
import { startPresentServer, type PresentServer } from '../../src/node/present/server.ts';
import { PHONE, PROJECTOR } from './harness.ts';
import { buildFolder, goToSlide } from './present-harness.ts';
import { indexOf, openSpeakerView, slideNamed } from './speaker-harness.ts';

/**
 * The hall's audience page marks the paragraph voice mode follows, not the plan's: in the salutation (seven short
 * paragraphs in 24 s), the speaker stops for 8 s in the fourth paragraph, then goes on into the fifth. A short talk
 * (about 28 s): the full voice test (speaker-voice.test.ts) checks the following itself.
 */
const SLIDE = 'salutation';
// After "Mr." of "Mr. YAMAMOTO, former Special Representative …": mid-paragraph, so that the word held through the
// pause, which may settle a word or two past the last said, is still in the fourth paragraph.
const PAUSE_AFTER = 4;
const PAUSE_SECONDS = 8;
// The sentences said: up to the fifth paragraph's end ("Mr. OONOGI, … of Arts, and").
const SENTENCES = 8;
// Noise before the talk, for the slide change to land before the first word.
const LEAD_SECONDS = 2;

declare global {
  interface Window {
    microphoneOpened?: number;
  }
}

let folder: string | undefined;
let talk: Talk;
let browser: Browser | undefined;
let server: PresentServer | undefined;

beforeAll(async () => {
  need('flite');
  need('sox');
  const sentences = speechSentences()
    .sentences.filter((sentence) => sentence.slide === indexOf(SLIDE))
    .slice(0, SENTENCES);
  talk = makeTalk({
    voice: 'awb',
    pace: 1,
    sentences,
    pauses: new Map([[PAUSE_AFTER, PAUSE_SECONDS]]),
    snrDb: 30,
  });
  const { sampleRate, samples: spoken } = talk.sound;
  // The lead is the pause's own noise (a silence of zeros would set the speech detector's floor far below the room's).
  const [pauseStart = 0] = talk.pauses[0] ?? [];
  const lead = spoken.subarray(
    Math.round((pauseStart + 1) * sampleRate),
    Math.round((pauseStart + 1 + LEAD_SECONDS) * sampleRate),
  );
  // Chromium's fake capture plays the file in a loop: a long silence at its end keeps the test within one turn.
  const samples = new Float32Array(lead.length + spoken.length + 60 * sampleRate);
  samples.set(lead);
  samples.set(spoken, lead.length);
  folder = await mkdtemp(path.join(os.tmpdir(), 'follow-voice-'));
  const file = path.join(folder, 'talk.wav');
  await writeFile(file, writeWav({ sampleRate, samples }));
  browser = await chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    args: [
      ...browserArgs(),
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${file}`,
    ],
  });
  server = await startPresentServer({ root: buildFolder(), host: '127.0.0.1', port: 0, secret: makeSecret() });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
});

it('marks on the audience page the paragraph voice mode follows, through a pause the plan would not wait for', async () => {
  if (browser === undefined || server === undefined) throw new Error('No browser or server.');
  const laptop = await browser.newContext({ viewport: PROJECTOR });
  const phone = await browser.newContext(PHONE);
  await laptop.addInitScript(() => {
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      window.microphoneOpened = performance.now();
      return stream;
    };
  });
  try {
    const deck = await laptop.newPage();
    await deck.goto(server.presenterUrl);
    await deck.locator('.reveal.ready').waitFor();
    const view = await openSpeakerView(laptop, deck);
    const audience = await phone.newPage();
    await audience.goto(server.audienceUrl);
    await view.keyboard.press('v');
    await view.locator('.speaker-voice[data-state="listening"]').waitFor({ timeout: 30_000 });
    // Talk time starts with this advance; the talk's first word comes after the lead.
    await goToSlide(deck, SLIDE);
    const paragraphs = slideNamed(SLIDE).notes.map((paragraph) => paragraph.text);
    const marked = audience.locator(`#read-${SLIDE} p[aria-current="true"]`);
    const talkAt = (seconds: number) =>
      view.waitForFunction(
        (s) => performance.now() - (window.microphoneOpened ?? 0) >= s * 1000,
        LEAD_SECONDS + seconds,
        {
          timeout: 60_000,
          polling: 100,
        },
      );

    // Six seconds into the pause, some 17 s into the slide: the plan is in the fifth paragraph (12.2 s to 16.9 s) or
    // beyond, the voice is in the fourth, and the audience sees where the voice is.
    const [pauseStart = 0, pauseEnd = 0] = talk.pauses[0] ?? [];
    await talkAt(pauseStart + PAUSE_SECONDS * 0.75);
    expect(await view.locator('.speaker-voice').getAttribute('data-state')).toBe('following');
    expect(await marked.textContent()).toBe(paragraphs[3]);

    // The speaker goes on into the fifth paragraph. From two seconds after the pause (some 21 s into the slide) the
    // plan is past it, so a mark there is the voice's.
    await talkAt(pauseEnd + 2);
    await expect.poll(() => marked.textContent(), { timeout: 20_000, interval: 100 }).toBe(paragraphs[4]);
    expect(await audience.locator('[aria-current]').count()).toBe(1);
  } finally {
    await laptop.close();
    await phone.close();
  }
}, 120_000);
