import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deckLoaded, deckUrl, useDeck } from './harness.ts';
import { figure, openSpeakerView } from './speaker-harness.ts';

/** Where the view keeps each value: localStorage, under the deck's title (src/client/speaker/state/storage.ts). */
const prefix = (page: Page) => page.evaluate(() => `speech-deck:${document.title}:`);

const YEAR = 365 * 24 * 3_600_000;
const talk = (change: Record<string, unknown>) =>
  JSON.stringify({ startedAt: null, pausedAt: null, pausedMs: 0, origin: 0, spent: {}, visit: null, ...change });

/** Stored garbage, key by key and type by type: each must be dropped, said once, and show no odd figure. */
const GARBAGE: readonly (readonly [key: string, text: string | ((now: number) => string)])[] = [
  ['talk', '"abc"'],
  ['talk', '-1e9'],
  ['talk', '{not json'],
  ['talk', talk({ startedAt: 1 })],
  ['talk', (now) => talk({ startedAt: now + YEAR })],
  ['talk', (now) => talk({ startedAt: now - 1000, pausedMs: -1e9 })],
  // JSON's way to a number that is not finite: 1e999 parses as Infinity.
  ['talk', (now) => talk({ startedAt: 0, pausedAt: now }).replace('"startedAt":0', '"startedAt":1e999')],
  ['talk', (now) => talk({ startedAt: now - 1000, spent: { japan: 'abc', constructor: -1e9 } })],
  ['talk', (now) => talk({ startedAt: now - 1000, visit: { index: 'x', id: 'japan', since: 0 } })],
  ['held', '"yes"'],
  ['held', '1'],
  ['settings', '{"textSize":-1e9}'],
  ['settings', '{"textSize":"abc"}'],
  ['settings', '{"scheme":"purple"}'],
  ['settings', '{"rehearse":true,"rehearsedPlan":{"japan":-1e9}}'],
  ['settings', '{"rehearse":true,"rehearsedPlan":{"japan":"abc"}}'],
  ['settings', '{"rehearse":true,"rehearsedPlan":5}'],
  ['settings', '[1,2]'],
];

/** Every text of the view, the time panel and the rehearsal table included. */
const viewText = (page: Page) => page.locator('.speaker').innerText();

describe('the speaker view with garbage in its storage', () => {
  const session = useDeck();

  it.for(GARBAGE.map(([key, text], index) => ({ key, text, case: index + 1 })))(
    'drops stored $key (case $case), says so once and shows no NaN or absurd figure',
    async ({ key, text }) => {
      const { page } = session;
      await page.goto(deckUrl('?split&rehearse', '#/japan'));
      await deckLoaded(page);
      const where = await prefix(page);
      const value = typeof text === 'string' ? text : text(await page.evaluate(() => Date.now()));
      await page.evaluate(
        ({ where, key, value }) => {
          for (const stored of Object.keys(localStorage)) if (stored.startsWith(where)) localStorage.removeItem(stored);
          localStorage.setItem(where + key, value);
        },
        { where, key, value },
      );
      await page.reload();
      await deckLoaded(page);
      await page.locator('.speaker').waitFor();

      const notice = page.locator('.speaker-reset-notice');
      await expect.poll(() => notice.innerText()).toMatch(/were not valid and were reset/);
      const shown = await viewText(page);
      expect(shown).not.toMatch(/NaN|Infinity|undefined|null|native code|\[object/);
      expect(await figure(page, 'talk')).toMatch(/^\d{1,2}:\d\d$/);
      expect(await figure(page, 'left')).toMatch(/^\d{1,2}:\d\d$/);
      await notice.getByRole('button', { name: 'OK' }).click();
      await expect.poll(() => notice.count()).toBe(0);

      // Said once: what was dropped is gone, and the view starts afresh without a word.
      await page.reload();
      await deckLoaded(page);
      await page.locator('.speaker').waitFor();
      expect(await page.locator('.speaker-reset-notice').count()).toBe(0);
    },
  );

  it('says so in the window of its own as well', async () => {
    const { context, page } = session;
    await page.goto(deckUrl('', '#/japan'));
    await deckLoaded(page);
    const where = await prefix(page);
    await page.evaluate((where) => {
      localStorage.setItem(`${where}talk`, '{"startedAt":"abc"}');
    }, where);
    const view = await openSpeakerView(context, page);
    await expect.poll(() => view.locator('.speaker-reset-notice').innerText()).toContain('talk time');
    expect(await viewText(view)).not.toMatch(/NaN|Infinity/);
    await view.close();
  });
});
