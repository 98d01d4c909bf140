import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { speech } from '../../slides/speech.ts';
import { deckModel } from '../../src/model/deck.ts';
import { currentSlideId, normalise, openDeck, SCREENSHOT_DIR, useDeck } from './harness.ts';
import { closeOtherPages, openSpeakerView } from './speaker-harness.ts';

const paused = (page: Page) => page.evaluate(() => window.Reveal.isPaused());

/** A fresh load of the deck at the slide: a change of hash alone would move the deck later, on hashchange. */
async function load(page: Page, hash: string): Promise<void> {
  await page.goto('about:blank');
  await openDeck(page, { hash });
}

/**
 * Every colour in a picture of the page, as "r,g,b": the picture is decoded by the browser itself, in a page of its
 * own, so that the test needs no image library.
 */
async function coloursOnScreen(page: Page): Promise<string[]> {
  const picture = (await page.screenshot()).toString('base64');
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      if (context === null) return ['no canvas'];
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const seen = new Set<string>();
      for (let index = 0; index < pixels.length; index += 4) {
        seen.add(`${pixels[index]},${pixels[index + 1]},${pixels[index + 2]}`);
      }
      return [...seen];
    }, picture);
  } finally {
    await decoder.close();
  }
}

/** The overlay's fade has finished: nothing of the slide shows through any more. */
async function blankSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const overlay = document.querySelector('.reveal .pause-overlay');
    return overlay !== null && getComputedStyle(overlay).opacity === '1';
  });
}

describe('a blank screen that is blank', () => {
  const session = useDeck({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });

  it.for([
    ['b', 'black', '0,0,0'],
    ['w', 'white', '255,255,255'],
  ] as const)('%s: the projector shows nothing but %s, no button, no pointer', async ([key, name, colour]) => {
    const { page } = session;
    await load(page, '#/japan');
    // The pointer rests where reveal.js put its "Resume presentation" button.
    await page.mouse.move(1800, 1040);
    await page.keyboard.press(key);
    expect(await paused(page)).toBe(true);
    await blankSettled(page);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `blank-${name}.png`) });
    expect(await coloursOnScreen(page)).toEqual([colour]);
    const cursor = await page.evaluate(() => {
      const under = document.elementFromPoint(1800, 1040);
      return under === null ? 'nothing' : getComputedStyle(under).cursor;
    });
    expect(cursor).toBe('none');
    expect(await page.getByRole('button', { name: /resume/i }).isVisible()).toBe(false);
    await page.keyboard.press(key);
  });

  it.for(['ArrowRight', 'Space', 'PageDown', 'n', 'ArrowLeft', 'PageUp', 'p'])(
    '%s on a blank screen brings the slide back, without moving',
    async (key) => {
      const { page } = session;
      await load(page, '#/japan');
      await page.keyboard.press('b');
      expect(await paused(page)).toBe(true);
      await page.keyboard.press(key);
      expect(await paused(page)).toBe(false);
      expect(await currentSlideId(page)).toBe('japan');
      // And the next press moves, as ever.
      await page.keyboard.press(key);
      expect(await currentSlideId(page)).not.toBe('japan');
    },
  );

  it('next from the speaker view on a blank screen brings the slide back, without moving', async () => {
    const { page, context } = session;
    await load(page, '#/japan');
    const view = await openSpeakerView(context, page);
    await view.keyboard.press('b');
    await expect.poll(() => paused(page)).toBe(true);
    await view.keyboard.press('ArrowRight');
    await expect.poll(() => paused(page)).toBe(false);
    expect(await currentSlideId(page)).toBe('japan');
    await view.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(page)).not.toBe('japan');
    await closeOtherPages(session);
  });

  it('tells the speaker view which blank screen the audience sees, white or black', async () => {
    const { page, context } = session;
    await load(page, '#/japan');
    const view = await openSpeakerView(context, page);
    const note = view.locator('.speaker-figure-talk .speaker-note');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => note.innerText()).toBe('');
    await page.keyboard.press('w');
    await expect.poll(() => note.innerText()).toBe('paused: white screen (W)');
    await page.keyboard.press('w');
    await page.keyboard.press('b');
    await expect.poll(() => note.innerText()).toBe('paused: black screen (B)');
    await closeOtherPages(session);
  });

  it('the help (?) lists each key once, as it works in this deck', async () => {
    const { page } = session;
    await load(page, '#/japan');
    await page.keyboard.press('Shift+?');
    const help = page.locator('.r-overlay-help-content');
    await help.waitFor();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'help.png') });
    const rows = (await help.locator('tr:has(td)').allInnerTexts()).map(normalise);
    const keyCells = await help.locator('tr:has(td) td:first-child').allInnerTexts();
    const keys = keyCells.flatMap((cell) =>
      cell
        .split(',')
        .map((key) => key.trim())
        .filter((key) => /^[A-Z]$/.test(key)),
    );
    expect(
      keys.filter((key, index) => keys.indexOf(key) !== index),
      'a letter listed twice',
    ).toEqual([]);
    expect(rows.some((row) => /\bP\b.*Previous slide/.test(row))).toBe(true);
    expect(rows.some((row) => /^J\b.*Japanese/.test(row))).toBe(true);
    expect(rows.some((row) => /Navigate (up|down|left|right|without)/.test(row))).toBe(false);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    // What the help says of P is what P does in the deck's window: the previous slide.
    await page.keyboard.press('p');
    expect(await currentSlideId(page)).not.toBe('japan');
  });
});

describe('the help beside the speaker view (T)', () => {
  const session = useDeck({ viewport: { width: 1920, height: 1080 } });

  it('says that P holds talk time here, not the previous slide', async () => {
    const { page } = session;
    await openDeck(page, { search: '?split', hash: '#/japan' });
    await page.locator('.speaker').waitFor();
    await page.keyboard.press('Shift+?');
    const help = page.locator('.r-overlay-help-content');
    await help.waitFor();
    const rows = (await help.locator('tr:has(td)').allInnerTexts()).map(normalise);
    expect(rows).toContain('P Holds talk time (speaker view)');
    expect(rows.find((row) => row.includes('Previous slide'))).not.toMatch(/\bP\b/);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    // P starts talk time, then holds it; the slide stays.
    const note = page.locator('.speaker-figure-talk .speaker-note');
    await page.keyboard.press('p');
    await expect.poll(() => note.innerText()).toBe('');
    await page.keyboard.press('p');
    await expect.poll(() => note.innerText()).toContain('paused');
    expect(await currentSlideId(page)).toBe('japan');
  });
});

describe('a link to a slide the deck does not have', () => {
  const session = useDeck({ viewport: { width: 1920, height: 1080 } });

  it.for(['#/no-such-slide', '#/999'])('%s opens a real slide and tells the presenter which', async (hash) => {
    const { page } = session;
    await load(page, hash);
    const notice = page.locator('.missing-slide');
    await expect.poll(() => notice.textContent()).toContain(hash);
    const id = await currentSlideId(page);
    const opened = deckModel(speech).slides.find((slide) => slide.id === id);
    expect(await notice.textContent()).toContain(`slide ${opened?.number}, “${opened?.bookmark.title}”`);
    if (hash === '#/no-such-slide') await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'missing-slide.png') });
    // The first key takes it away.
    await page.keyboard.press('ArrowRight');
    await notice.waitFor({ state: 'detached' });
  });

  it('says nothing of a link to a slide that exists', async () => {
    const { page } = session;
    await load(page, '#/japan');
    expect(await page.locator('.missing-slide').count()).toBe(0);
  });
});
