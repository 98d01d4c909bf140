import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { speech } from '../../slides/speech.ts';
import { deckModel } from '../../src/model/deck.ts';
import { startPresentServer } from '../../src/node/present/server.ts';
import { SCREENSHOT_DIR } from './harness.ts';
import { buildFolder, status, useHall } from './present-harness.ts';
import { figure, openSpeakerView } from './speaker-harness.ts';

const hall = useHall();

/** "0:10" as seconds. */
function seconds(text: string | null | undefined): number {
  const match = /(\d+):(\d\d)/.exec(text ?? '');
  return match === null ? Number.NaN : Number(match[1]) * 60 + Number(match[2]);
}

/** Conditions are waited on generously: the machine is busy, and a figure crosses three pages and a server. */
const WAIT = { timeout: 15_000 };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Screens {
  /** The laptop's and the phones' contexts, to close at the test's end: a deck left open would still report. */
  readonly contexts: BrowserContext[];
  readonly context: BrowserContext;
  readonly deck: Page;
  readonly clicker: Page;
  readonly audience: Page;
}

/** The presenter's deck on the laptop, the clicker and an audience member's page on phones, all following. */
async function openScreens(): Promise<Screens> {
  const context = await hall.laptop();
  const deck = await context.newPage();
  await deck.goto(hall.server.presenterUrl);
  await deck.locator('.reveal.ready').waitFor();
  const phones = [await hall.phone(), await hall.phone()] as const;
  const clicker = await phones[0].newPage();
  await clicker.goto(hall.server.remoteUrl);
  const audience = await hall.openAudience(phones[1]);
  await expect.poll(() => clicker.locator('[data-remote-status]').textContent(), WAIT).toBe('Paired with the deck');
  await expect.poll(() => status(audience).textContent(), WAIT).toMatch(/^Live · slide 1 of/);
  return { contexts: [context, ...phones], context, deck, clicker, audience };
}

const clickerTime = (screens: Screens) => screens.clicker.locator('[data-remote-time]').textContent();
const audienceStatus = (screens: Screens) => status(screens.audience).textContent();

/** The talk time each screen shows, in seconds: the speaker view's (where one is open), the clicker's, the phone's. */
async function talkTimes(screens: Screens, view?: Page): Promise<number[]> {
  const clicker = seconds(/^Talk (\d+:\d\d)/.exec((await clickerTime(screens)) ?? '')?.[1]);
  const audience = seconds(/talk (\d+:\d\d)/.exec((await audienceStatus(screens)) ?? '')?.[1]);
  return view === undefined ? [clicker, audience] : [seconds(await figure(view, 'talk')), clicker, audience];
}

/** Every screen shows the same talk time, within a second (the time it takes to read them all). */
async function sameOnEveryScreen(screens: Screens, view?: Page): Promise<number> {
  let agreed = Number.NaN;
  await expect
    .poll(async () => {
      const times = await talkTimes(screens, view);
      agreed = times[0] ?? Number.NaN;
      return times.every((time) => Math.abs(time - agreed) <= 1);
    }, WAIT)
    .toBe(true);
  return agreed;
}

/**
 * The scenario, shortened: a while on the title, some talk, a while black. Talk time counts the talk only,
 * bounded by the real time between the advance and the black screen as the test measured it from outside.
 */
async function titleTalkBlack(screens: Screens, press: Page, view?: Page): Promise<number> {
  await pause(3_000);
  expect(await clickerTime(screens)).toBe('Talk time starts with the first slide');
  expect(await audienceStatus(screens)).not.toContain('talk');
  const before = Date.now();
  await press.keyboard.press('ArrowRight');
  await expect.poll(() => audienceStatus(screens), WAIT).toMatch(/^Live · slide 2 of \d+ · talk \d:\d\d$/);
  const started = Date.now();
  await expect.poll(async () => Math.min(...(await talkTimes(screens, view))), WAIT).toBeGreaterThanOrEqual(3);
  const stopping = Date.now();
  await press.keyboard.press('b');
  await expect.poll(() => clickerTime(screens), WAIT).toMatch(/\(black screen\)/);
  const stopped = Date.now();
  await expect.poll(() => audienceStatus(screens), WAIT).toMatch(/ · black screen$/);
  await pause(3_000);
  const talk = await sameOnEveryScreen(screens, view);
  // Neither the title's three seconds nor the black screen's count.
  expect(talk).toBeGreaterThanOrEqual(Math.floor((stopping - started) / 1000) - 1);
  expect(talk).toBeLessThanOrEqual(Math.ceil((stopped - before) / 1000) + 1);
  // It stands still while black, on every screen.
  await pause(1_500);
  expect(await talkTimes(screens, view)).toEqual(await talkTimes(screens, view));
  expect(Math.max(...(await talkTimes(screens, view))) - talk).toBeLessThanOrEqual(1);
  return talk;
}

describe('one clock on every screen', () => {
  const opened: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of opened.splice(0)) await context.close();
  });

  it('a while on the title, some talk, a while black: the same talk time on the speaker view, the clicker, the phones', async () => {
    const screens = await openScreens();
    opened.push(...screens.contexts);
    const view = await openSpeakerView(screens.context, screens.deck);
    const talk = await titleTalkBlack(screens, view, view);
    expect(await clickerTime(screens)).toMatch(
      /^Talk \d:\d\d \(black screen\) · this slide \d+:\d\d left · plan \d+:\d\d$/,
    );
    await screens.clicker.screenshot({ path: path.join(SCREENSHOT_DIR, 'clock-clicker.png') });
    await view.screenshot({ path: path.join(SCREENSHOT_DIR, 'clock-speaker-view.png') });
    await screens.audience.screenshot({ path: path.join(SCREENSHOT_DIR, 'clock-audience.png') });

    // P in the speaker view holds the clock on every screen.
    await view.keyboard.press('b');
    await view.keyboard.press('p');
    await expect.poll(() => clickerTime(screens), WAIT).toMatch(/\(paused\)/);
    await pause(2_000);
    expect(Math.abs((await sameOnEveryScreen(screens, view)) - talk)).toBeLessThanOrEqual(1);
    await view.keyboard.press('p');
    await expect.poll(async () => Math.min(...(await talkTimes(screens, view))), WAIT).toBeGreaterThanOrEqual(talk + 2);
    await sameOnEveryScreen(screens, view);
    // The slide's time left is the speaker view's too.
    await expect
      .poll(async () => {
        const clicker = seconds(/this slide (\d+:\d\d)/.exec((await clickerTime(screens)) ?? '')?.[1]);
        return Math.abs(clicker - seconds(await figure(view, 'slide')));
      }, WAIT)
      .toBeLessThanOrEqual(1);

    // The speaker view closes: the deck's own clock carries on from the view's figure, with no jump back to zero.
    const before = Math.min(...(await talkTimes(screens)));
    const closing = Date.now();
    await view.close();
    await pause(5_000);
    const after = await sameOnEveryScreen(screens);
    expect(after).toBeGreaterThanOrEqual(before + 3);
    expect(after).toBeLessThanOrEqual(before + Math.ceil((Date.now() - closing) / 1000) + 1);
  });

  it('without a speaker view, the deck’s own clock: the title and the black screen do not count', async () => {
    const screens = await openScreens();
    opened.push(...screens.contexts);
    const talk = await titleTalkBlack(screens, screens.deck);
    // A reload of the deck keeps its talk time: the slide comes back, and the clock runs on from where it stood.
    await screens.deck.reload();
    await screens.deck.locator('.reveal.ready').waitFor();
    await expect.poll(() => clickerTime(screens), WAIT).not.toMatch(/black screen/);
    expect(await clickerTime(screens)).not.toBe('Talk time starts with the first slide');
    expect(Math.min(...(await talkTimes(screens)))).toBeGreaterThanOrEqual(talk);
    await sameOnEveryScreen(screens);
    // The slide's time left counts down from what the plan gives it (the page model's seconds).
    const planned = deckModel(speech).slides[1]?.timing ?? 0;
    const left = seconds(/this slide (\d+:\d\d) left/.exec((await clickerTime(screens)) ?? '')?.[1]);
    expect(left).toBeGreaterThan(planned - talk - 30);
    expect(left).toBeLessThanOrEqual(planned - talk + 1);
  });

  it('tells the clicker the talk has ended when the server stops at the end', async () => {
    const screens = await openScreens();
    opened.push(...screens.contexts);
    await hall.server.close({ ended: true });
    await expect
      .poll(() => screens.clicker.locator('[data-remote-status]').textContent(), WAIT)
      .toBe('The talk has ended');
    await expect.poll(() => audienceStatus(screens), WAIT).toBe('The talk has ended');
    // For the hall's own close after the file.
    hall.server = await startPresentServer({ root: buildFolder(), host: '127.0.0.1', port: 0, secret: hall.secret });
  });
});
