import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookmarkOf, SCREENSHOT_DIR } from './harness.ts';
import { useHall } from './present-harness.ts';

const hall = useHall();

describe('the phone as clicker', () => {
  it('moves the deck, blanks it, and shows where the talk is', async () => {
    const deck = await hall.openPresenter();
    const phone = await (await hall.phone()).newPage();
    await phone.goto(hall.server.remoteUrl);
    expect(phone.url()).not.toContain(hall.secret);
    await expect.poll(() => phone.locator('[data-remote-status]').textContent()).toBe('Paired with the deck');
    const current = () => deck.evaluate(() => window.Reveal.getCurrentSlide().id);
    expect(await current()).toBe('title');
    await phone.getByRole('button', { name: 'Next' }).click();
    await expect.poll(current).toBe('salutation');
    await phone.getByRole('button', { name: 'Next' }).click();
    await expect.poll(current).toBe('partner');
    await phone.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(current).toBe('salutation');
    await expect.poll(() => phone.locator('[data-remote-current]').textContent()).toBe(bookmarkOf('salutation'));
    expect(await phone.locator('[data-remote-next]').textContent()).toBe(bookmarkOf('partner'));
    expect(await phone.locator('[data-remote-cue]').textContent()).not.toBe('');
    expect(await phone.locator('[data-remote-time]').textContent()).toMatch(
      /^Talk \d+:\d\d · this slide \d+:\d\d (left|over) · plan \d+:\d\d$/,
    );
    await phone.getByRole('button', { name: 'Black screen' }).click();
    await expect.poll(() => deck.evaluate(() => window.Reveal.isPaused())).toBe(true);
    await expect
      .poll(() => phone.getByRole('button', { name: 'Black screen' }).getAttribute('aria-pressed'))
      .toBe('true');
    await phone.getByRole('button', { name: 'Black screen' }).click();
    await expect.poll(() => deck.evaluate(() => window.Reveal.isPaused())).toBe(false);
    // Next on a black screen brings the slide back first, as PowerPoint does: the deck never moves unseen.
    await phone.getByRole('button', { name: 'Black screen' }).click();
    await expect.poll(() => deck.evaluate(() => window.Reveal.isPaused())).toBe(true);
    await phone.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => deck.evaluate(() => window.Reveal.isPaused())).toBe(false);
    expect(await current()).toBe('salutation');
    await phone.getByRole('button', { name: 'Next' }).click();
    await expect.poll(current).toBe('partner');
    await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'remote.png') });
  });

  it('without the secret, pairs with nothing', async () => {
    const phone = await (await hall.phone()).newPage();
    await phone.goto(new URL('remote.html#key=AAAAAAAAAAAAAAAAAAAAAAAA', hall.server.audienceUrl).href);
    await expect.poll(() => phone.locator('[data-remote-status]').textContent()).toContain('no longer valid');
    const unpaired = await phone.context().newPage();
    await unpaired.goto(new URL('remote.html', hall.server.audienceUrl).href);
    await expect
      .poll(() => unpaired.locator('[data-remote-status]').textContent())
      .toContain('scanning the pairing code');
  });
});
