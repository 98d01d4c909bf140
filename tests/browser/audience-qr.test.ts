import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR } from './harness.ts';
import { goToSlide, useHall } from './present-harness.ts';

const hall = useHall();
const current = (deck: Page) => deck.evaluate(() => window.Reveal.getCurrentSlide().id);
const qr = (deck: Page) => deck.getByRole('dialog', { name: 'Follow the talk on your phone' });

async function showQr(deck: Page): Promise<void> {
  await deck.keyboard.press('q');
  await qr(deck).waitFor();
}

describe('the audience’s QR code over the slides (Q)', () => {
  it.for(['Escape', 'ArrowRight', 'Space', 'PageDown', 'ArrowLeft', 'q'])(
    '%s closes it, and the slides stay where they were',
    async (key) => {
      const deck = await hall.openPresenter();
      await goToSlide(deck, 'japan');
      await showQr(deck);
      if (key === 'Escape') await deck.screenshot({ path: path.join(SCREENSHOT_DIR, 'audience-qr.png') });
      await deck.keyboard.press(key);
      await qr(deck).waitFor({ state: 'detached' });
      expect(await current(deck)).toBe('japan');
      expect(await deck.evaluate(() => window.Reveal.isOverview())).toBe(false);
      await deck.context().close();
    },
  );

  it('the clicker’s next closes it too, without moving the slides', async () => {
    const deck = await hall.openPresenter();
    await goToSlide(deck, 'japan');
    const phone = await (await hall.phone()).newPage();
    await phone.goto(hall.server.remoteUrl);
    await expect.poll(() => phone.locator('[data-remote-status]').textContent()).toBe('Paired with the deck');
    await showQr(deck);
    await phone.getByRole('button', { name: 'Next' }).click();
    await qr(deck).waitFor({ state: 'detached' });
    expect(await current(deck)).toBe('japan');
    await phone.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => current(deck)).not.toBe('japan');
    await phone.context().close();
    await deck.context().close();
  });
});
