import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalise, openDeck, useDeck } from './harness.ts';
import { closeOtherPages, openSpeakerView } from './speaker-harness.ts';

const paused = (page: Page) => page.evaluate(() => window.Reveal.isPaused());
const overlayColour = (page: Page) =>
  page.evaluate(
    () => getComputedStyle(document.querySelector('.reveal .pause-overlay') ?? document.body).backgroundColor,
  );

describe("the deck's keys, as presenters press them", () => {
  const session = useDeck();

  it('blanks white on W or , and black on B or ., and shows no speaker script', async () => {
    const { page } = session;
    await openDeck(page, { hash: '#/japan' });
    for (const key of ['w', ',']) {
      await page.keyboard.press(key);
      expect(await paused(page), `${key} blanks the screen`).toBe(true);
      await expect.poll(() => overlayColour(page)).toBe('rgb(255, 255, 255)');
      expect(await page.locator('.speaker').count(), `${key} shows no script to the audience`).toBe(0);
      await page.keyboard.press(key);
      expect(await paused(page)).toBe(false);
    }
    // White counts as blank for the speaker: talk time stops.
    const view = await openSpeakerView(session.context, page);
    await view.keyboard.press('p');
    await page.bringToFront();
    await page.keyboard.press('w');
    await expect
      .poll(() => view.locator('.speaker-figure-talk .speaker-note').innerText())
      .toBe('paused: white screen (W)');
    await page.keyboard.press('w');
    await closeOtherPages(session);
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      expect(await paused(page)).toBe(true);
      await expect.poll(() => overlayColour(page)).toBe('rgb(0, 0, 0)');
      await page.keyboard.press(key);
      expect(await paused(page)).toBe(false);
    }
  });

  it('never shows the overview on Esc; O does, and Esc closes it', async () => {
    const { page } = session;
    await openDeck(page, { hash: '#/japan' });
    await page.evaluate(() => {
      window.Reveal.togglePause(false);
    });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false);
    await page.keyboard.press('o');
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false);
  });

  it("says so in reveal.js's help (?), and Esc closes the help", async () => {
    const { page } = session;
    await openDeck(page, { hash: '#/japan' });
    await page.keyboard.press('Shift+?');
    const help = page.locator('.r-overlay-help-content');
    await help.waitFor();
    const rows = (await help.locator('tr').allInnerTexts()).map(normalise);
    expect(rows).toContain('B , . Black screen (talk time pauses)');
    expect(rows).toContain('W , , White screen (talk time pauses)');
    expect(rows).toContain('O Slide overview');
    expect(rows).toContain('T Speaker view in this window');
    // Esc closes; it never opens the overview.
    expect(rows.filter((row) => /\bESC\b/i.test(row))).toEqual(['ESC Closes the help, the QR code or the overview']);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false);
  });
});
