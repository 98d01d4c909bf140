import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDeck, SCREENSHOT_DIR, useDeck } from './harness.ts';
import { followed, indexOf, openSpeakerView } from './speaker-harness.ts';

const START = new Date('2022-05-19T09:30:00+09:00').getTime();
const SCHEMES = ['light', 'dark'] as const;
/** A long passage, 20 s in: where a speaker is most of the time. */
const SLIDE = 'kyoto-1';

/** The smallest text the view draws outside the script and the slide copies, with what it says. */
function smallestText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { size: Number.POSITIVE_INFINITY, text: '' };
    const walker = document.createTreeWalker(document.querySelector('.speaker') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (parent === null || text === '' || parent.closest('.speaker-preview-stage, .speaker-script, dialog')) continue;
      if (parent.getClientRects().length === 0 || parent.closest('[hidden]')) continue;
      const size = Number.parseFloat(getComputedStyle(parent).fontSize);
      if (size < smallest.size) smallest = { size, text };
    }
    return smallest;
  });
}

async function setScheme(view: Page, scheme: string): Promise<void> {
  if ((await view.locator('.speaker').getAttribute('data-scheme')) !== scheme) await view.keyboard.press('d');
}

describe('the speaker view, legible at a glance', () => {
  const session = useDeck();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 800 },
  ]) {
    it(`in its own window at ${size.width}x${size.height}: small print at 20 px or more, previews dimmed in the dark`, async () => {
      const context = await session.newContext({ viewport: size, reducedMotion: 'reduce' });
      await context.clock.install({ time: START });
      const deck = await context.newPage();
      await openDeck(deck, { hash: `#/${SLIDE}` });
      const view = await openSpeakerView(context, deck);
      // The deck opens its view at 1280x800; the speaker may make it any size.
      await view.setViewportSize(size);
      await context.clock.pauseAt(START + 60_000);
      await view.keyboard.press('p');
      await context.clock.runFor(20_000);
      for (const scheme of SCHEMES) {
        await setScheme(view, scheme);
        await context.clock.runFor(300);
        await view.screenshot({
          path: path.join(SCREENSHOT_DIR, `speaker-window-${size.width}x${size.height}-${scheme}.png`),
        });
        const smallest = await smallestText(view);
        expect(smallest.size, `"${smallest.text}"`).toBeGreaterThanOrEqual(20);
        const filter = await view
          .locator('.speaker-preview-frame')
          .first()
          .evaluate((frame) => getComputedStyle(frame).filter);
        if (scheme === 'dark') expect(filter).toMatch(/brightness\(0\.[0-6]\d*\)/);
        else expect(filter).toBe('none');
      }
      // Rehearsal mode leaves the current slide in sight.
      await view.keyboard.press('r');
      await view.locator('.speaker-rehearsal').waitFor();
      await view.screenshot({
        path: path.join(SCREENSHOT_DIR, `speaker-window-${size.width}x${size.height}-rehearsal.png`),
      });
      const now = await view.locator('.speaker-preview-now').boundingBox();
      const side = await view.locator('.speaker-side').boundingBox();
      if (now === null || side === null) throw new Error('The side panel is not laid out.');
      expect(now.y).toBeGreaterThanOrEqual(side.y - 1);
      await view.keyboard.press('r');
      await context.close();
    });
  }

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ]) {
    it(`beside the slide at ${size.width}x${size.height}: the next slide at 40% of the panel, the slide never covered`, async () => {
      const context = await session.newContext({ viewport: size, reducedMotion: 'reduce' });
      await context.clock.install({ time: START });
      const page = await context.newPage();
      await openDeck(page, { search: '?split', hash: `#/${SLIDE}` });
      await page.locator('.speaker.speaker-in-window').waitFor();
      await expect.poll(() => followed(page)).toBe(indexOf(SLIDE) + 1);
      await context.clock.pauseAt(START + 60_000);
      await page.keyboard.press('p');
      await context.clock.runFor(20_000);
      for (const scheme of SCHEMES) {
        await setScheme(page, scheme);
        await context.clock.runFor(300);
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `speaker-in-window-${size.width}x${size.height}-${scheme}.png`),
        });
      }
      const next = await page.locator('.speaker-preview-next .speaker-preview-frame').boundingBox();
      const slide = await page.locator('body > .reveal').boundingBox();
      if (next === null || slide === null) throw new Error('The split view is not laid out.');
      // The panel under the slide is as wide as the slide.
      expect(next.width / slide.width).toBeGreaterThanOrEqual(0.4);
      const smallest = await smallestText(page);
      expect(smallest.size, `"${smallest.text}"`).toBeGreaterThanOrEqual(20);
      await page.keyboard.press('r');
      await page.locator('.speaker-rehearsal').waitFor();
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `speaker-in-window-${size.width}x${size.height}-rehearsal.png`),
      });
      const table = await page.locator('.speaker-rehearsal').boundingBox();
      if (table === null) throw new Error('The rehearsal panel is not laid out.');
      expect(table.y, 'the rehearsal panel stays below the slide').toBeGreaterThanOrEqual(slide.y + slide.height - 1);
      await context.close();
    });
  }
});
