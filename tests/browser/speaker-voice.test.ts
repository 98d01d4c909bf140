import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeTalk, need, type Talk } from '../../bench/voice-talk.ts';
import { speechSentences } from '../../scripts/voice/speech-text.ts';
import { writeWav } from '../../scripts/voice/wav.ts';
import { browserArgs, findBrowser } from '../../src/node/chromium.ts';
import { makeSecret } from '../../src/node/present/secret.ts';
import { startPresentServer, type PresentServer } from '../../src/node/present/server.ts';
import { deckUrl, openDeck, PHONE, PROJECTOR, useDeck } from './harness.ts';
import { buildFolder, goToSlide } from './present-harness.ts';
import { indexOf, openSpeakerView, slideNamed } from './speaker-harness.ts';

/** Two slides' passages said by flite (the reference is espeak-ng's), with a pause between two sentences. */
const SLIDES = ['challenges', 'ukraine'] as const;
const PAUSE_AFTER = 1;
const PAUSE_SECONDS = 6;

interface Sample {
  readonly t: number;
  readonly word: number;
  /** Where the marked (spoken) word stands in the script's box: 0 top, 1 bottom. */
  readonly level: number;
  readonly scrollTop: number;
}

declare global {
  interface Window {
    voiceLog?: Sample[];
    voiceStart?: number;
    microphoneOpened?: number;
  }
}

/** From now, every 100 ms, the view's data-voice-word, the marked word's level and the script's scroll position. */
function record(view: Page): Promise<void> {
  return view.evaluate(() => {
    const script = document.querySelector('.speaker-script');
    if (script === null) throw new Error('No script.');
    const log: Sample[] = (window.voiceLog = []);
    // The fake microphone plays its file from when it opened: the talk's times count from then.
    const start = (window.voiceStart = window.microphoneOpened ?? performance.now());
    setInterval(() => {
      const [range] = [...(CSS.highlights.get('speaker-due') ?? [])] as Range[];
      const box = script.getBoundingClientRect();
      const level = range ? (range.getBoundingClientRect().top - box.top) / box.height : Number.NaN;
      const word = Number(script.getAttribute('data-voice-word'));
      log.push({ t: (performance.now() - start) / 1000, word, level, scrollTop: script.scrollTop });
    }, 100);
  });
}

/** Notes when the microphone opens, in every page: the moment the fake capture starts playing the talk. */
async function noteMicrophoneOpened(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    if (!('mediaDevices' in navigator)) return;
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      window.microphoneOpened = performance.now();
      return stream;
    };
  });
}

/** A browser whose fake microphone plays `samples` (then a long silence: the fake capture plays its file in a loop). */
async function browserHearing(folder: string, { sampleRate, samples }: Talk['sound']): Promise<Browser> {
  const padded = new Float32Array(samples.length + 90 * sampleRate);
  padded.set(samples);
  const file = path.join(folder, 'talk.wav');
  await writeFile(file, writeWav({ sampleRate, samples: padded }));
  const fake = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];
  return chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    args: [...browserArgs(), ...fake, `--use-file-for-fake-audio-capture=${file}`],
  });
}

/** The console's warnings and errors, from every page of the context. */
function consoleLines(context: BrowserContext): string[] {
  const lines: string[] = [];
  context.on('console', (message) => {
    if (['warning', 'error'].includes(message.type())) lines.push(message.text());
  });
  return lines;
}

/** The follower fell back to the page's thread, or the policy refused something (its worker, say). */
const onThePageOrRefused = (line: string) => /page's own thread|Content Security Policy/.test(line);

/** The protocols of the dedicated workers a page started. */
const workerProtocols = (page: Page) => page.workers().map((worker) => new URL(worker.url()).protocol);

const passageStart = (id: string) => speechSentences().passages.find((passage) => passage.id === id)?.firstWord ?? -1;

describe('voice mode: the script follows a voice from a (fake) microphone', () => {
  let folder: string | undefined;
  let talk: Talk;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // CI installs both (.ci/run): a missing one fails here with what to install, never as a skip.
    need('flite');
    need('sox');
    const chosen = speechSentences().sentences.filter((sentence) => SLIDES.map(indexOf).includes(sentence.slide));
    talk = makeTalk({
      voice: 'awb',
      pace: 1,
      sentences: chosen,
      pauses: new Map([[PAUSE_AFTER, PAUSE_SECONDS]]),
      snrDb: 30,
    });
    folder = await mkdtemp(path.join(os.tmpdir(), 'voice-test-'));
    browser = await browserHearing(folder, talk.sound);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  });

  it('holds data-voice-word within 3 words of the truth, the word at eye level, still through the pause', async () => {
    if (browser === undefined) throw new Error('No browser.');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Notes when the microphone opens, in every page: the moment the fake capture starts playing the talk.
    await noteMicrophoneOpened(context);
    const lines = consoleLines(context);
    try {
      const deck = await context.newPage();
      await deck.goto(deckUrl('', `#/${SLIDES[0]}`));
      await deck.locator('.reveal.ready').waitFor();
      const [view] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('s')]);
      await view.locator('.speaker-script').waitFor();
      await view.keyboard.press('v');
      await view.locator('.speaker-voice[data-state="listening"]').waitFor({ timeout: 30_000 });
      expect(workerProtocols(view)).toEqual(['blob:']);
      await record(view);
      const change = (talk.checkpoints.find((c) => c.word === passageStart(SLIDES[1]))?.t ?? 0) - 0.3;
      const until = (seconds: number) =>
        view.waitForFunction((s) => performance.now() - (window.voiceStart ?? 0) >= s * 1000, seconds, {
          timeout: 120_000,
          polling: 50,
        });
      await until(change);
      await deck.keyboard.press('ArrowRight');
      await until(talk.sound.samples.length / talk.sound.sampleRate + 0.5);
      const log = await view.evaluate(() => window.voiceLog ?? []);
      const at = (t: number) => log.reduce((best, s) => (Math.abs(s.t - t) < Math.abs(best.t - t) ? s : best));
      // The first second of each passage, the aligner is still listening (-1): checkpoints start after it.
      const checked = talk.checkpoints.filter(({ t }) => t > 1.5 && Math.abs(t - change) > 1.5);
      const far = checked.filter(({ t, word }) => Math.abs(at(t).word - word) > 3);
      expect(far.map(({ t, word }) => `${t.toFixed(1)} s: ${word} held as ${at(t).word}`)).toEqual([]);
      const levels = checked.map(({ t }) => at(t).level);
      expect(levels.filter((level) => !(level >= 0 && level <= 1 / 3))).toEqual([]);
      const [start, end] = talk.pauses[0] ?? [0, 0];
      const during = log.filter(({ t }) => t > start + 1 && t < end);
      expect(new Set(during.map(({ word }) => word)).size).toBe(1);
      const tops = during.map(({ scrollTop }) => scrollTop);
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(20);
      expect(lines.filter(onThePageOrRefused)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('follows in a worker from a folder (file://) too, under the built page’s policy', async () => {
    if (browser === undefined) throw new Error('No browser.');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const lines = consoleLines(context);
    try {
      const deck = await context.newPage();
      await deck.goto(new URL(`index.html#/${SLIDES[0]}`, inject('folderUrl')).href);
      await deck.locator('.reveal.ready').waitFor();
      const [view] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('s')]);
      await view.locator('.speaker-script').waitFor();
      await view.getByRole('button', { name: 'Follow my voice (V)' }).click();
      await view.locator('.speaker-voice[data-state="listening"]').waitFor({ timeout: 30_000 });
      expect(workerProtocols(view)).toEqual(['blob:']);
      // The worker's answers arrive: the talk's first words are followed.
      const script = view.locator('.speaker-script');
      await expect
        .poll(async () => Number(await script.getAttribute('data-voice-word')), { timeout: 30_000 })
        .toBeGreaterThanOrEqual(passageStart(SLIDES[0]));
      expect(lines.filter(onThePageOrRefused)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('voice mode without a microphone', () => {
  const session = useDeck({ viewport: { width: 1280, height: 800 } });

  it('says so in one line, holds data-voice-word at -1 and paces the script', async () => {
    await openDeck(session.page, { hash: `#/${SLIDES[0]}` });
    const view = await openSpeakerView(session.context, session.page);
    await view.keyboard.press('v');
    const notice = view.locator('.speaker-voice');
    await expect.poll(() => notice.getAttribute('data-state')).toMatch(/^(refused|unavailable)$/);
    expect(await notice.innerText()).toMatch(/^Voice off: .*scrolling at the plan’s pace$/);
    expect(await view.locator('.speaker-script').getAttribute('data-voice-word')).toBe('-1');
    expect(await view.locator('.speaker-script').getAttribute('class')).toContain('is-paced');
    await view.keyboard.press('v');
    await expect.poll(() => notice.isHidden()).toBe(true);
    await view.close();
  });

  it('has a button beside the line that turns voice mode on and off, by click or by Tab and Enter', async () => {
    await openDeck(session.page, { hash: `#/${SLIDES[0]}` });
    const view = await openSpeakerView(session.context, session.page);
    const button = view.getByRole('button', { name: 'Follow my voice (V)' });
    const notice = view.locator('.speaker-voice');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => notice.getAttribute('data-state')).toMatch(/^(refused|unavailable)$/);
    // The key and the button are one switch: V turns off what the click turned on.
    await view.keyboard.press('v');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => notice.isHidden()).toBe(true);
    // Reached by Tab alone, with a visible focus ring, and Enter presses it.
    await view.locator('body').evaluate((body) => {
      body.focus();
    });
    let tabs = 0;
    while (!(await button.evaluate((element) => element === document.activeElement)) && tabs++ < 40) {
      await view.keyboard.press('Tab');
    }
    expect(await button.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
    expect(await button.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await view.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => notice.getAttribute('data-state')).toMatch(/^(refused|unavailable)$/);
    await view.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await view.close();
  });
});

describe('voice mode, while it paces the script (the microphone still asked for)', () => {
  const session = useDeck({ viewport: { width: 1280, height: 800 } });
  const START = new Date('2022-05-19T09:30:00+09:00').getTime();
  const scrollTop = (view: Page) => view.evaluate(() => document.querySelector('.speaker-script')?.scrollTop ?? 0);
  /** Where the current passage's first word stands in the script's box, in pixels from its top; and the box's height. */
  const firstWord = (view: Page) =>
    view.evaluate(() => {
      const script = document.querySelector('.speaker-script');
      const words = document.querySelector('.script-passage.is-current .script-words');
      if (script === null || words === null) throw new Error('No script.');
      const range = document.createRange();
      range.selectNodeContents(words);
      const [line] = range.getClientRects();
      const box = script.getBoundingClientRect();
      return { top: (line?.top ?? Number.NaN) - box.top, height: script.clientHeight };
    });

  it('runs at most two lines past the place last confirmed; a nudge confirms another; voice off, it paces on', async () => {
    const context = await session.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await context.clock.install({ time: START });
    // The microphone is asked for and never given: voice mode is on, nothing followed, and the prompter paces.
    await context.addInitScript(() => {
      if ('mediaDevices' in navigator) navigator.mediaDevices.getUserMedia = () => new Promise(() => undefined);
    });
    try {
      const deck = await context.newPage();
      await openDeck(deck, { hash: '#/kyoto-1' });
      const view = await openSpeakerView(context, deck);
      await context.clock.pauseAt(START + 60_000);
      await view.keyboard.press('v');
      await view.locator('.speaker-voice[data-state="starting"]').waitFor();
      const line = await view.evaluate(() => {
        const words = document.querySelector('.script-passage.is-current .script-words');
        return words ? Number.parseFloat(getComputedStyle(words).lineHeight) : Number.NaN;
      });
      // Talk time runs: 20 s of the passage's 43 s would take the plain paced script some seven lines on.
      await view.keyboard.press('p');
      await context.clock.runFor(20_000);
      const { top, height } = await firstWord(view);
      const eyeLevel = height / 5;
      // The place confirmed is the passage's first word (the slide's start): at most two lines above eye level, and
      // pacing got that far.
      expect(top).toBeGreaterThanOrEqual(eyeLevel - 2 * line - 4);
      expect(top).toBeLessThan(eyeLevel - line);
      const capped = await scrollTop(view);
      await context.clock.runFor(10_000);
      expect(await scrollTop(view)).toBe(capped);

      // ↓ confirms the line below the one at eye level: pacing runs on from there, and stops two lines past it.
      await view.keyboard.press('ArrowDown');
      await context.clock.runFor(10_000);
      const nudged = await scrollTop(view);
      expect(nudged - capped).toBeGreaterThan(line * 1.5);
      expect(nudged - capped).toBeLessThan(line * 4);
      await context.clock.runFor(10_000);
      expect(await scrollTop(view)).toBe(nudged);

      // Voice mode off, the prompter paces as it always did: on to where pacing had got, well past the cap.
      await view.keyboard.press('v');
      await context.clock.runFor(1_000);
      expect((await scrollTop(view)) - nudged).toBeGreaterThan(line * 2);
    } finally {
      await context.close();
    }
  });
});

/**
 * What the hall sees with voice mode on: its audience page marks the paragraph voice mode follows, not the plan's. In
 * the salutation (seven short paragraphs in 24 s) the speaker stops for 8 s in the fourth paragraph, then goes on into
 * the fifth: a short talk (about 28 s). In this file, not a file of its own, so that the two talks through a fake
 * microphone never play at once on a busy machine.
 */
describe('voice mode in the hall: the audience page marks the paragraph followed', () => {
  const SLIDE = 'salutation';
  // After "Mr." of "Mr. YAMAMOTO, former Special Representative …": mid-paragraph, so that the word held through the
  // pause, which may settle a word or two past the last said, is still in the fourth paragraph.
  const PAUSE_AFTER = 4;
  const PAUSE_SECONDS = 8;
  // The sentences said: up to the fifth paragraph's end ("Mr. OONOGI, … of Arts, and").
  const SENTENCES = 8;
  // Noise before the talk, for the slide change to land before the first word.
  const LEAD_SECONDS = 2;

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
    // The lead is the pause's own noise (zeros would set the speech detector's floor far below the room's).
    const [pauseStart = 0] = talk.pauses[0] ?? [];
    const from = Math.round((pauseStart + 1) * sampleRate);
    const lead = spoken.subarray(from, from + Math.round(LEAD_SECONDS * sampleRate));
    const samples = new Float32Array(lead.length + spoken.length);
    samples.set(lead);
    samples.set(spoken, lead.length);
    folder = await mkdtemp(path.join(os.tmpdir(), 'voice-hall-test-'));
    browser = await browserHearing(folder, { sampleRate, samples });
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
    await noteMicrophoneOpened(laptop);
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
});
