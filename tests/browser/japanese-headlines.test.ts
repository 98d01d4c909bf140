import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translation as ja } from '../../slides/translations/ja.ts';
import { translatedHeadline } from '../../src/deck/translation-view.ts';
import { speechDeck } from '../../src/node/vite-plugin.ts';
import { deckLoaded, SCREENSHOT_DIR, slides, useDeck } from './harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The deck built with its Japanese headlines (speechDeck({ japaneseHeadlines: true })), into a folder of its own. */
async function buildWithHeadlines(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [speechDeck({ japaneseHeadlines: true }), viteSingleFile({ removeViteModuleLoader: true })],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

describe('the Japanese headlines under the English (J)', () => {
  const session = useDeck(undefined, () => 'null');
  const outDir = mkdtempSync(path.join(tmpdir(), 'deck-ja-headlines-'));
  beforeAll(() => buildWithHeadlines(outDir), 120_000);
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  it('are hidden at first; J shows them under each headline, in Japanese, and J again hides them', async () => {
    const { page } = session;
    await page.goto(`${pathToFileURL(path.join(outDir, 'index.html')).href}#/partner`);
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

  it('are left out of the deck by default, which stays within its budget, and offer no key there', () => {
    const deck = readFileSync(new URL('index.html', inject('folderUrl')), 'utf8');
    expect(deck).not.toContain('class="headline-ja"');
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('class="headline-ja"');
  });
});
