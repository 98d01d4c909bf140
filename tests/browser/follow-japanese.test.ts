import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Font, woff2 } from 'fonteditor-core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { translation as ja } from '../../slides/translations/ja.ts';
import { STATUS_JA } from '../../src/model/japanese-words.ts';
import { translatedHeadline } from '../../src/model/translated-slides.ts';
import { bookmarkOf, SCREENSHOT_DIR, slides } from './harness.ts';
import { buildFolder, goToSlide, status, useHall } from './present-harness.ts';

/** The Japanese face's share of the audience page's first load: its woff2, which gzip does not shrink. */
const FACE_BUDGET = 110 * 1024;
/** The rest of the page, gzipped: the budget the page had before it carried a face. */
const PAGE_BUDGET = 60 * 1024;

const hall = useHall();
let deck: Page;
let phone: Page;
let laptop: Page;

/** The built page's inlined Japanese face, and the rest of the page. */
function builtFace(): { face: Buffer; rest: string } {
  const html = readFileSync(path.join(buildFolder(), 'follow.html'), 'utf8');
  const match = /font-family:["']?Noto Serif JP["']?;[^}]*?base64,([^)]+)\)/.exec(html);
  if (match?.[1] === undefined) throw new Error('follow.html carries no Japanese face.');
  return { face: Buffer.from(match[1], 'base64'), rest: html.replace(match[1], '') };
}

/** The code points a woff2 font maps to glyphs: what it can draw. */
async function cmap(font: Buffer): Promise<Set<number>> {
  await woff2.init();
  const ttf = Font.create(Buffer.from(woff2.decode(font)), { type: 'ttf' });
  return new Set(Object.keys(ttf.get().cmap).map(Number));
}

/** Every character shown in Japanese on the page as it stands: the text of each visible element marked Japanese. */
function shownJapanese(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll<HTMLElement>('[lang="ja"]')]
      .filter((element) => element.checkVisibility())
      .map((element) => element.innerText)
      .join(''),
  );
}

/** The fonts Chromium drew an element's own text with (DevTools protocol): family, and whether it is the page's. */
async function fontsDrawing(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map(({ familyName, isCustomFont }) => ({ familyName, isCustomFont }));
  } finally {
    await cdp.detach();
  }
}

/** The audience's page with 日本語 chosen, as a reader does on the switch. */
async function inJapanese(page: Page): Promise<void> {
  await page.locator('#reading-lang-ja').check();
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
}

const headline = (id: string) => {
  const slide = slides.find((candidate) => candidate.id === id);
  if (slide === undefined) throw new Error(`No slide ${id}.`);
  return translatedHeadline(slide, ja);
};

beforeAll(async () => {
  phone = await hall.openAudience();
  laptop = await hall.openAudience(await hall.laptop());
  await laptop.setViewportSize({ width: 1280, height: 800 });
  for (const page of [phone, laptop]) await inJapanese(page);
});

describe('the audience’s page in 日本語', () => {
  it('says where the talk is in Japanese, with no Latin letter, before and during the talk', async () => {
    await expect.poll(() => status(phone).textContent()).toBe(STATUS_JA.waiting);
    expect(await status(phone).getAttribute('lang')).toBe('ja');
    deck = await hall.openPresenter();
    await goToSlide(deck, 'ukraine');
    await phone.locator('#read-ukraine[aria-current="true"]').waitFor();
    await expect.poll(() => status(phone).textContent()).toMatch(/^ライブ・スライド \d+／\d+(・講演時間 \d+:\d{2})?$/);
    expect(await phone.locator('[data-follow-headline]').textContent()).toBe(headline('ukraine'));
    await deck.keyboard.press('b');
    await expect.poll(() => status(phone).textContent()).toContain(STATUS_JA.black);
    expect(await status(phone).textContent()).not.toMatch(/[A-Za-z]/);
    await deck.keyboard.press('b');
    await deck.keyboard.press('w');
    await expect.poll(() => status(phone).textContent()).toContain(STATUS_JA.white);
    expect(await status(phone).textContent()).not.toMatch(/[A-Za-z]/);
    await deck.keyboard.press('w');
  });

  it('shows the whole Japanese headline, wrapped rather than cut short', async () => {
    await goToSlide(deck, 'partner');
    const bar = phone.locator('[data-follow-headline]');
    await expect.poll(() => bar.textContent()).toBe(headline('partner'));
    const { clipped, lines } = await bar.evaluate((element) => ({
      clipped: element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1,
      lines: Math.round(element.clientHeight / parseFloat(getComputedStyle(element).lineHeight)),
    }));
    expect(clipped).toBe(false);
    expect(lines).toBeGreaterThan(1);
    // The page keeps clear of the taller bar: the live passage starts below it.
    const barBottom = await phone.locator('.follow-bar').evaluate((element) => element.getBoundingClientRect().bottom);
    await expect.poll(async () => (await phone.locator('#read-partner').boundingBox())?.y).toBeGreaterThan(barBottom);
  });

  it('goes back to English with the switch, status and headline too', async () => {
    await phone.locator('#reading-lang-en').check();
    await expect.poll(() => status(phone).textContent()).toMatch(/^Live · slide/);
    expect(await phone.locator('[data-follow-headline]').textContent()).toBe(
      bookmarkOf(await deck.evaluate(() => window.Reveal.getCurrentSlide().id)),
    );
    await inJapanese(phone);
    await expect.poll(() => status(phone).textContent()).toMatch(/^ライブ/);
  });

  it('draws every character it shows in its own Japanese face: no missing glyph, no fallback font', async () => {
    const drawn = await cmap(builtFace().face);
    const shown = [
      await shownJapanese(phone),
      ...Object.values(STATUS_JA),
      ...slides.map((slide) => translatedHeadline(slide, ja)),
    ].join('');
    const missing = [...new Set(shown)].filter((c) => c.trim() !== '' && !drawn.has(c.codePointAt(0) ?? 0));
    expect(missing).toEqual([]);
    await phone.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await phone.evaluate(() => document.fonts.check('16px "Noto Serif JP"', 'ライブ・講演'))).toBe(true);
    for (const selector of [
      '[data-follow-status]',
      '[data-follow-headline]',
      '#read-partner .lang-tr p',
      '.reading-titles .lang-tr h1',
    ]) {
      const fonts = await fontsDrawing(phone, selector);
      expect(fonts.length, selector).toBeGreaterThan(0);
      // The face's own name: the subset keeps the name table of the Fontsource file it was cut from.
      for (const font of fonts)
        expect(font, selector).toMatchObject({ familyName: /^Noto Serif JP/, isCustomFont: true });
    }
  });

  it('carries its face within its budget: the face 110 KB, the rest of the page 60 KB gzipped', () => {
    const { face, rest } = builtFace();
    expect(face.length).toBeLessThanOrEqual(FACE_BUDGET);
    expect(gzipSync(rest).length).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it('is pictured at the title and the salutation, on a phone and a laptop', async () => {
    for (const id of ['title', 'salutation']) {
      await goToSlide(deck, id);
      for (const [device, page] of [
        ['phone', phone],
        ['laptop', laptop],
      ] as const) {
        await expect.poll(() => page.locator('[data-follow-headline]').textContent()).toBe(headline(id));
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        // The page scrolls smoothly to the passage: the picture waits until it stands still.
        await page.waitForFunction(
          () =>
            new Promise((resolve) => {
              const y = window.scrollY;
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  resolve(window.scrollY === y);
                }),
              );
            }),
        );
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `follow-ja-${id}-${device}.png`) });
      }
    }
    expect(phone.viewportSize()).toEqual({ width: 390, height: 844 });
    expect(laptop.viewportSize()).toEqual({ width: 1280, height: 800 });
  });
});
