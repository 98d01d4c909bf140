import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSlideId, deckLoaded, openDeck, PROJECTOR, useDeck } from './harness.ts';
import { figure, followed, indexOf, openSpeakerView, slideNamed } from './speaker-harness.ts';

/** Half past nine on the day of the speech: the fake clock's start. */
const START = new Date('2022-05-19T09:30:00+09:00').getTime();

describe('talk time in the speaker view, under a controlled clock', () => {
  const session = useDeck();
  let context: BrowserContext;
  let deck: Page;
  let view: Page;

  beforeAll(async () => {
    context = await session.newContext({ viewport: PROJECTOR, reducedMotion: 'reduce' });
    // The context's clock, installed before any page loads, runs the deck and its pop-up alike.
    await context.clock.install({ time: START });
    deck = await context.newPage();
    await openDeck(deck, { hash: '#/collective-action' });
    view = await openSpeakerView(context, deck);
    await context.clock.pauseAt(START + 60_000);
  });
  afterAll(() => context.close());

  it('starts on the first advance and says "10 s behind" after 30 s on a slide planned for 20 s', async () => {
    const success = slideNamed('success');
    expect(success.timing).toBe(20);
    expect(await figure(view, 'talk')).toBe('0:00');
    await context.clock.runFor(5_000);
    expect(await figure(view, 'talk'), 'talk time waits for the first advance').toBe('0:00');

    await view.keyboard.press('ArrowRight');
    await expect.poll(() => followed(view)).toBe(indexOf('success') + 1);
    await context.clock.runFor(30_000);
    expect(await figure(view, 'talk')).toBe('0:30');
    expect(await figure(view, 'schedule')).toBe('10 s behind');
    expect(await view.locator('.speaker-figure-schedule').getAttribute('data-tone')).toBe('behind');
    expect(await figure(view, 'slide')).toBe('0:10');
    expect(await view.locator('.speaker-figure-slide .speaker-note').innerText()).toBe('over');
  });

  it('pauses talk time with P and while the screen is blank, and a click on it resets nothing', async () => {
    const before = await figure(view, 'talk');
    await view.keyboard.press('p');
    await context.clock.runFor(20_000);
    expect(await figure(view, 'talk')).toBe(before);
    expect(await view.locator('.speaker-figure-talk .speaker-note').innerText()).toContain('paused');
    await view.keyboard.press('p');
    await context.clock.runFor(5_000);
    expect(await figure(view, 'talk')).toBe('0:35');

    await view.keyboard.press('b');
    await expect.poll(() => deck.evaluate(() => window.Reveal.isPaused())).toBe(true);
    await context.clock.runFor(15_000);
    expect(await figure(view, 'talk')).toBe('0:35');
    await view.keyboard.press('b');
    await expect.poll(() => deck.evaluate(() => window.Reveal.isPaused())).toBe(false);
    await context.clock.runFor(1_000);
    expect(await figure(view, 'talk')).toBe('0:36');

    await view.locator('.speaker-figure-talk').click();
    await view.locator('.speaker-figure-talk').dblclick();
    await context.clock.runFor(1_000);
    expect(await figure(view, 'talk')).toBe('0:37');
  });

  it('shows words a minute over the slides already finished', async () => {
    expect(await figure(view, 'pace'), 'no finished slide yet').toBe('—');
    await view.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(deck)).toBe('operational-support');
    await context.clock.runFor(2_000);
    // 37 s on "success", paused time excluded.
    expect(await figure(view, 'pace')).toBe(String(Math.round((slideNamed('success').spokenWords * 60) / 37)));
  });

  it('keeps talk time and finds the deck again when either window reloads', async () => {
    await view.keyboard.press('p');
    const held = await figure(view, 'talk');
    // reveal.js starts up on timers: let time run while the pages reload (talk time is held).
    await context.clock.resume();
    await deck.reload();
    await deckLoaded(deck);
    await view.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(deck)).toBe('japan');
    await view.reload();
    await view.locator('.speaker').waitFor();
    await expect.poll(() => followed(view)).toBe(indexOf('japan') + 1);
    expect(await figure(view, 'talk')).toBe(held);
    await context.clock.pauseAt((await view.evaluate(() => Date.now())) + 1_000);
    await deck.keyboard.press('ArrowRight');
    await expect.poll(() => followed(view)).toBe(indexOf('japan-support') + 1);
    await view.keyboard.press('p');
    await context.clock.runFor(3_000);
    expect(await figure(view, 'talk')).not.toBe(held);
  });

  it('resets talk time only with Shift+R and a confirmation', async () => {
    const before = await figure(view, 'talk');
    await view.keyboard.press('r');
    await view.keyboard.press('r');
    expect(await figure(view, 'talk')).toBe(before);
    await view.keyboard.press('Shift+R');
    const dialog = view.getByRole('dialog', { name: 'Reset talk time to 0:00?' });
    await dialog.waitFor();
    await view.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await figure(view, 'talk')).toBe(before);
    // Held when reset: the new talk still starts, and runs, on the next advance.
    await view.keyboard.press('p');
    await view.keyboard.press('Shift+R');
    await dialog.getByRole('button', { name: 'Reset to 0:00' }).click();
    await context.clock.runFor(1_000);
    expect(await figure(view, 'talk')).toBe('0:00');
    await view.keyboard.press('ArrowRight');
    await expect.poll(() => followed(view)).toBe(indexOf('contributions') + 1);
    await context.clock.runFor(2_000);
    expect(await figure(view, 'talk')).toBe('0:02');
  });
});
