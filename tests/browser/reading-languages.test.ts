import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { translation as ja } from '../../slides/translations/ja.ts';
import { LANGUAGE_STORAGE_KEY, translatedNotes } from '../../src/model/translated-slides.ts';
import { axeViolations, deckUrl, PHONE, SCREENSHOT_DIR, slides, useDeck } from './harness.ts';

const MODES = ['en', 'ja', 'both'] as const;
const readUrl = () => new URL('read.html', deckUrl()).href;

async function choose(page: Page, mode: (typeof MODES)[number]): Promise<void> {
  await page.locator(`#reading-lang-${mode}`).check();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The languages of what shows: `<html lang>`, and the language of each visible paragraph and heading. */
function shownLanguages(page: Page) {
  return page.evaluate(() => {
    const blocks = [...document.querySelectorAll<HTMLElement>('main p, main h1, main h2')].filter((block) =>
      block.checkVisibility(),
    );
    const langOf = (block: HTMLElement) => block.closest('[lang]')?.getAttribute('lang') ?? '';
    return {
      page: document.documentElement.lang,
      blocks: [...new Set(blocks.filter((block) => block.closest('.reading-languages') === null).map(langOf))].sort(),
      japanese: blocks
        .filter((block) => langOf(block) === 'ja' && block.closest('.reading-slide-link') === null)
        .map((block) => block.innerText),
    };
  });
}

/** Every face Chromium drew each Japanese block with (its own glyphs, or a fallback where one was missing). */
async function facesOfJapanese(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: '[lang="ja"], [lang="ja"] *',
  });
  const faces = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) faces.add(`${font.familyName}${font.isCustomFont ? '' : ' (system)'}`);
  }
  await cdp.detach();
  return [...faces].sort();
}

describe('the reading view in English, 日本語 and both', () => {
  const session = useDeck({ viewport: { width: 1366, height: 900 } });

  it.for(MODES)('in %s, has the right lang on the page and on every block, and passes axe', async (mode) => {
    const { page } = session;
    await page.goto(readUrl());
    await choose(page, mode);
    const shown = await shownLanguages(page);
    expect(shown.page).toBe(mode === 'ja' ? 'ja' : 'en');
    expect(shown.blocks).toEqual(mode === 'both' ? ['en', 'ja'] : [mode]);
    expect(await axeViolations(page), `axe in ${mode}`).toEqual([]);
  });

  it('shows every Japanese paragraph, in order, drawn in its own face with no glyph missing', async () => {
    const { page } = session;
    await page.goto(readUrl());
    await choose(page, 'ja');
    const shown = (await shownLanguages(page)).japanese.join('\n');
    const expected = slides.flatMap((slide) => translatedNotes(slide, ja).map((p) => `${p.emphasis ?? ''}${p.text}`));
    let at = 0;
    for (const paragraph of expected) {
      const found = shown.indexOf(paragraph, at);
      expect(found, paragraph).toBeGreaterThanOrEqual(at);
      at = found + paragraph.length;
    }
    // Only the page's own faces: a system face would mean a character the cut face lacks. (Chromium names the face by
    // its name table, which Fontsource's slices took from the variable face's first instance.)
    const faces = await facesOfJapanese(page);
    expect(faces.filter((face) => face.endsWith('(system)'))).toEqual([]);
    expect(faces.some((face) => face.startsWith('Noto Serif JP'))).toBe(true);
  });

  it('remembers the choice, and refuses a stored value it does not know', async () => {
    const { page } = session;
    await page.goto(readUrl());
    await choose(page, 'both');
    await page.reload();
    expect(await page.locator('#reading-lang-both').isChecked()).toBe(true);
    await page.evaluate((key) => {
      localStorage.setItem(key, '<script>');
    }, LANGUAGE_STORAGE_KEY);
    await page.reload();
    expect(await page.locator('#reading-lang-en').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.evaluate(() => {
      localStorage.clear();
    });
  });

  it('stays within 150 KB gzipped, the Japanese face inlined', () => {
    const file = fileURLToPath(new URL('read.html', inject('folderUrl')));
    expect(gzipSync(readFileSync(file), { level: 9 }).length).toBeLessThanOrEqual(150 * 1024);
  });

  it.for([
    ['laptop', { viewport: { width: 1366, height: 900 } }],
    ['phone', PHONE],
  ] as const)('sets both languages side by side on a %s, or one after the other', async ([device, options]) => {
    const context = await session.newContext(options);
    const page = await context.newPage();
    await page.goto(readUrl());
    for (const mode of ['ja', 'both'] as const) {
      await choose(page, mode);
      await page.locator('#read-partner').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOT_DIR}reading-${mode}-${device}.png` });
    }
    const [english, japanese] = await page
      .locator('#read-partner .reading-texts > *')
      .evaluateAll((blocks) => blocks.map((block) => block.getBoundingClientRect().toJSON() as DOMRect));
    if (english === undefined || japanese === undefined) throw new Error('The passage has no two languages.');
    if (device === 'laptop') expect(japanese.left).toBeGreaterThan(english.right);
    else expect(japanese.top).toBeGreaterThanOrEqual(english.bottom);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
  });
});

describe('the reading view without JavaScript', () => {
  const session = useDeck({ viewport: { width: 1366, height: 900 }, javaScriptEnabled: false });

  it('starts in English and switches to 日本語 all the same', async () => {
    const { page } = session;
    await page.goto(readUrl());
    expect((await shownLanguages(page)).blocks).toEqual(['en']);
    await page.locator('#reading-lang-ja').check();
    expect((await shownLanguages(page)).blocks).toEqual(['ja']);
  });
});
