import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translation as ja } from '../../slides/translations/ja.ts';
import { translatedHeadline } from '../../src/model/translated-slides.ts';
import { speechDeck } from '../../src/node/vite-plugin.ts';
import type { Page } from 'playwright-core';
import { deckLoaded, PHONE, SCREENSHOT_DIR, slides, useDeck } from './harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The state of every Noto Serif JP face the page has (the deck declares none until J). */
const japaneseFaces = (page: Page) =>
  page.evaluate(() => [...document.fonts].filter((face) => face.family.includes('Noto Serif JP')).map((f) => f.status));

/** The fonts Chromium drew an element's own text with (DevTools protocol). */
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

/** The deck built without its Japanese headlines (speechDeck({ japaneseHeadlines: false })), into a folder of its own. */
async function buildWithoutHeadlines(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [speechDeck({ japaneseHeadlines: false }), viteSingleFile({ removeViteModuleLoader: true })],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

describe('the Japanese headlines under the English (J)', () => {
  const session = useDeck(undefined, () => 'null');
  const outDir = mkdtempSync(path.join(tmpdir(), 'deck-ja-headlines-'));
  beforeAll(() => buildWithoutHeadlines(outDir), 120_000);
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  it('are hidden at first; J shows them under each headline, in Japanese, and J again hides them', async () => {
    const { page } = session;
    await page.goto(`${new URL('index.html', inject('folderUrl')).href}#/partner`);
    await deckLoaded(page);
    const current = page.locator('.reveal .slides > section.present .headline-ja');
    expect(await current.isVisible()).toBe(false);
    await page.keyboard.press('j');
    expect(await current.isVisible()).toBe(true);
    expect(await current.getAttribute('lang')).toBe('ja');
    const partner = slides.find((slide) => slide.id === 'partner');
    expect(await current.textContent()).toBe(partner && translatedHeadline(partner, ja));
    // Under the English headline, not beside or over it.
    const english = await page.locator('.reveal .slides > section.present h2').boundingBox();
    const japanese = await current.boundingBox();
    expect(japanese?.y ?? 0).toBeGreaterThanOrEqual((english?.y ?? 0) + (english?.height ?? 0) - 1);
    await page.screenshot({ path: `${SCREENSHOT_DIR}deck-japanese-headline.png` });
    await page.keyboard.press('j');
    expect(await current.isVisible()).toBe(false);
  });

  it("draws them in the deck's Japanese face, fetched when J is first pressed, not with the deck", async () => {
    // A fresh page: the face, once fetched, stays with the document.
    const page = await session.context.newPage();
    await page.goto(`${new URL('index.html', inject('folderUrl')).href}#/salutation`);
    await deckLoaded(page);
    expect(await japaneseFaces(page)).toEqual([]);
    await page.keyboard.press('j');
    await expect.poll(() => japaneseFaces(page)).toEqual(['loaded']);
    const fonts = await fontsDrawing(page, '.reveal .slides > section.present .headline-ja');
    expect(fonts.length).toBeGreaterThan(0);
    // The face's own name: the subset keeps the name table of the Fontsource file it was cut from.
    for (const font of fonts) expect(font).toMatchObject({ familyName: /^Noto Serif JP/, isCustomFont: true });
    // J again and again: the face is fetched once.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await japaneseFaces(page)).toEqual(['loaded']);
    await page.close();
  });

  it('are pictured at the title and the salutation, on a laptop and a phone', async () => {
    for (const [device, options] of [
      ['laptop', { viewport: { width: 1280, height: 800 } }],
      ['phone', PHONE],
    ] as const) {
      const context = await session.newContext(options);
      for (const id of ['title', 'salutation']) {
        // A page each: the same address with another slide would only move the deck, not load it with the headlines.
        const page = await context.newPage();
        await page.goto(`${new URL('index.html', inject('folderUrl')).href}?headlines=ja#/${id}`);
        await deckLoaded(page);
        await expect.poll(() => japaneseFaces(page)).toEqual(['loaded']);
        // By id: a phone shows the deck in reveal.js's scroll view, where no slide is `.present` in the same way.
        const headline = page.locator(`#${id} .headline-ja`);
        expect(await headline.isVisible()).toBe(true);
        const slide = slides.find((candidate) => candidate.id === id);
        expect(await headline.textContent()).toBe(slide && translatedHeadline(slide, ja));
        await page.screenshot({ path: `${SCREENSHOT_DIR}deck-ja-${id}-${device}.png` });
        await page.close();
      }
      await context.close();
    }
  });

  it("are listed in reveal.js's help overlay", async () => {
    const { page } = session;
    await page.keyboard.press('Shift+?');
    const help = page.locator('.r-overlay-help');
    await help.waitFor();
    expect(await help.textContent()).toContain('Japanese headlines');
    await page.keyboard.press('Escape');
  });

  it('are in the deck by default (within its first-load budget) and left out when built with japaneseHeadlines: false', () => {
    const deck = readFileSync(new URL('index.html', inject('folderUrl')), 'utf8');
    expect(deck).toContain('class="headline-ja"');
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).not.toContain('class="headline-ja"');
  });

  it('offer no J key in a deck built without them', async () => {
    const { page } = session;
    await page.goto(`${pathToFileURL(path.join(outDir, 'index.html')).href}#/partner`);
    await deckLoaded(page);
    await page.keyboard.press('Shift+?');
    const help = page.locator('.r-overlay-help');
    await help.waitFor();
    expect(await help.textContent()).not.toContain('Japanese headlines');
    await page.keyboard.press('Escape');
  });
});
