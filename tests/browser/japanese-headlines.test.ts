import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translation as ja } from '../../slides/translations/ja.ts';
import { translatedHeadline } from '../../src/model/translation-view.ts';
import { speechDeck } from '../../src/node/vite-plugin.ts';
import { deckLoaded, SCREENSHOT_DIR, slides, useDeck } from './harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

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
