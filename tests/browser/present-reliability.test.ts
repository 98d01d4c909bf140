import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToSlide, status, useHall } from './present-harness.ts';

const hall = useHall();

async function live(page: Page, slide: string): Promise<void> {
  await page.locator(`#read-${slide}[aria-current]`).waitFor();
  await expect.poll(() => status(page).textContent()).toMatch(/^Live/);
}

describe('the live talk when something drops', () => {
  it('leaves the audience on the last position, with a notice, when the presenter’s laptop drops off', async () => {
    const deck = await hall.openPresenter();
    await goToSlide(deck, 'challenges');
    const audience = await hall.openAudience();
    await live(audience, 'challenges');
    await deck.context().close();
    await expect.poll(() => status(audience).textContent()).toContain('offline');
    expect(await audience.locator('#read-challenges[aria-current]').count()).toBe(1);
    expect(await audience.locator('[data-follow-headline]').textContent()).not.toBe('');
  });

  it('brings every page back to live after a server restart', async () => {
    const deck = await hall.openPresenter();
    await goToSlide(deck, 'kyoto-2');
    const pages = [await hall.openAudience(), await hall.openAudience()];
    for (const page of pages) await live(page, 'kyoto-2');
    await hall.restart();
    // The deck reconnects with its secret and reports again; every listener returns to where the talk is.
    for (const page of pages) await live(page, 'kyoto-2');
    await goToSlide(deck, 'kyoto-3');
    for (const page of pages) await live(page, 'kyoto-3');
    expect(await deck.evaluate(() => location.href)).not.toContain(hall.secret);
    // This deck holds the secret too: left open, it would report its slide after the next test's restart.
    await deck.context().close();
  });

  it('catches up when a sleeping phone wakes', async () => {
    const deck = await hall.openPresenter();
    await goToSlide(deck, 'conclusion');
    const audience = await hall.openAudience();
    await live(audience, 'conclusion');
    // A phone asleep: its socket is gone without a word (no close frame), and the talk moves on meanwhile.
    await audience.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    });
    await hall.restart();
    await goToSlide(deck, 'leadership');
    await audience.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await live(audience, 'leadership');
    await deck.context().close();
  });

  it('says the talk has ended when the server stops at the end', async () => {
    const audience = await hall.openAudience();
    await expect.poll(() => status(audience).textContent()).toMatch(/^(Live|The speaker)/);
    await hall.server.close({ ended: true });
    await expect.poll(() => status(audience).textContent()).toBe('The talk has ended');
  });
});
