import { describe, expect, it } from 'vitest';
import { docPages, keyTables } from '../docs.ts';
import { openDeck, useDeck } from './harness.ts';

/** The deck's keys tables of README.md and docs/*.md (first header `key`): each row's keys. */
const ROWS = docPages().flatMap(([, text]) => keyTables(text).get('key') ?? []);

describe('the deck’s keys, as the docs list them', () => {
  const session = useDeck();

  it('are each in the deck’s own help (?), or do what the docs say where the help lists them not', async () => {
    expect(ROWS.length).toBeGreaterThan(8);
    const { page } = session;
    // Served, as the hall's Q key is bound only on a server.
    await openDeck(page, { hash: '#/japan' });
    await page.keyboard.press('Shift+?');
    const help = page.locator('.r-overlay-help-content');
    await help.waitFor();
    const cells = await help.locator('tr td:first-child').allInnerTexts();
    // reveal.js joins a row's keys with " , " (W , , is W and the comma).
    const listed = new Set(
      cells.flatMap((cell) =>
        cell
          .trim()
          .split(/\s+,\s+/)
          .map((key) => key.toUpperCase()),
      ),
    );
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    const unlisted = ROWS.flat().filter((key) => !listed.has(key.toUpperCase()));
    // reveal.js binds these without listing them: ? opened the help above; Home and End go to the ends.
    expect(unlisted.filter((key) => !['?', 'Home', 'End'].includes(key))).toEqual([]);
    const total = await page.evaluate(() => window.Reveal.getTotalSlides());
    if (unlisted.includes('End')) {
      await page.keyboard.press('End');
      await expect.poll(() => page.evaluate(() => window.Reveal.getIndices().h)).toBe(total - 1);
    }
    if (unlisted.includes('Home')) {
      await page.keyboard.press('Home');
      await expect.poll(() => page.evaluate(() => window.Reveal.getIndices().h)).toBe(0);
    }
  });
});
