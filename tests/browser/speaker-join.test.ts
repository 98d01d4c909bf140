import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { currentSlideId, deckLoaded, PROJECTOR, SCREENSHOT_DIR, slides, useDeck } from './harness.ts';
import { followed, indexOf, openSpeakerView } from './speaker-harness.ts';
import { SESSION_KEY } from './stranger.ts';

declare global {
  interface Window {
    /** Every value another page put into storage, as this page heard it. */
    storageHeard?: string[];
  }
}

const WHERE = {
  served: { base: () => inject('baseUrl'), origin: () => new URL(inject('baseUrl')).origin },
  'from a folder': { base: () => inject('folderUrl'), origin: () => 'null' },
} as const;

/** The code a page shows, digits only. */
async function code(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\D/g, '');
}

describe.for(Object.keys(WHERE) as (keyof typeof WHERE)[])('a speaker view opened by hand, %s', (where) => {
  const { base, origin } = WHERE[where];
  const session = useDeck({ viewport: PROJECTOR }, origin);
  const at = (search: string, hash = '') => new URL(`index.html${search}${hash}`, base()).href;

  beforeAll(async () => {
    await session.context.addInitScript(() => {
      window.storageHeard = [];
      window.addEventListener('storage', (event) => {
        if (event.newValue !== null) window.storageHeard?.push(event.newValue);
      });
    });
  });

  async function deckAndHandOpenedView(): Promise<{ deck: Page; view: Page }> {
    const deck = session.page;
    await deck.goto(at('', '#/japan'));
    await deckLoaded(deck);
    // The deck page stays from the test before: going to its own address is only a jump within it.
    await deck.evaluate((index) => {
      window.Reveal.slide(index);
    }, indexOf('japan'));
    await expect.poll(() => currentSlideId(deck)).toBe('japan');
    const view = await session.context.newPage();
    await view.goto(at('?speaker'));
    await view.locator('.speaker').waitFor();
    return { deck, view };
  }

  it('pairs only after the speaker accepts its code in the deck, and then the two drive each other', async () => {
    const { deck, view } = await deckAndHandOpenedView();
    const shown = await code(view, '.join-notice .join-code');
    expect(shown).toMatch(/^\d{6}$/);
    await expect.poll(() => code(deck, '.join-prompt-ask .join-prompt-code')).toBe(shown);
    if (where === 'served') {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await deck.screenshot({ path: path.join(SCREENSHOT_DIR, 'speaker-join-deck.png') });
      await view.screenshot({ path: path.join(SCREENSHOT_DIR, 'speaker-join-view.png') });
    }
    // Not joined yet: the view's keys do nothing to the deck, and it follows nothing.
    await view.keyboard.press('ArrowRight');
    expect(await view.locator('.speaker-status').innerText()).toContain('Not connected');
    expect(await currentSlideId(deck)).toBe('japan');

    await deck.keyboard.press('y');
    await expect.poll(() => followed(view)).toBe(indexOf('japan') + 1);
    expect(await view.locator('.join-notice').count()).toBe(0);
    await view.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(deck)).toBe(slides[indexOf('japan') + 1]?.id);
    await deck.keyboard.press('ArrowLeft');
    await expect.poll(() => followed(view)).toBe(indexOf('japan') + 1);

    // A reload of the view finds the deck again, with no second question.
    await view.reload();
    await view.locator('.speaker').waitFor();
    await expect.poll(() => followed(view)).toBe(indexOf('japan') + 1);
    expect(await view.locator('.join-notice').count()).toBe(0);
    await view.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(deck)).toBe(slides[indexOf('japan') + 1]?.id);

    // What went through storage, which every page of the origin hears, never held the secret in the clear.
    const secret = await deck.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const heard = await deck.evaluate(() => window.storageHeard ?? []);
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.filter((value) => value.includes(secret ?? '-'))).toEqual([]);
    await view.close();
  });

  it('gives a view the deck refused nothing', async () => {
    const { deck, view } = await deckAndHandOpenedView();
    await deck.locator('.join-prompt-ask').waitFor();
    await deck.keyboard.press('n');
    await expect.poll(() => deck.locator('.join-prompt-ask').count()).toBe(0);
    await view.keyboard.press('ArrowRight');
    await view.keyboard.press('End');
    expect(await currentSlideId(deck)).toBe('japan');
    expect(await view.locator('.speaker-status').innerText()).toContain('Not connected');
    expect(await view.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toBeNull();
    await view.close();
  });

  it("refuses both when two views ask at once: one of them is not the speaker's", async () => {
    const { deck, view } = await deckAndHandOpenedView();
    await deck.locator('.join-prompt-ask').waitFor();
    const other = await session.context.newPage();
    await other.goto(at('?speaker'));
    await expect.poll(() => deck.locator('.join-prompt-told').innerText()).toContain('neither was let in');
    expect(await deck.locator('.join-prompt-ask').count()).toBe(0);
    await deck.keyboard.press('y');
    for (const page of [view, other]) {
      expect(await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toBeNull();
      await page.close();
    }
  });

  it('lets a view whose deck window was closed join the next deck, after the same step', async () => {
    const first = await session.context.newPage();
    await first.goto(at('', '#/japan'));
    await deckLoaded(first);
    const view = await openSpeakerView(session.context, first);
    await first.close();
    const deck = session.page;
    await deck.goto(at('', '#/kyoto'));
    await deckLoaded(deck);
    await view.reload();
    // Its secret was the closed deck's: unanswered, it asks the deck there is now.
    const shown = await code(view, '.join-notice .join-code');
    await expect.poll(() => code(deck, '.join-prompt-ask .join-prompt-code')).toBe(shown);
    await deck.keyboard.press('y');
    await expect.poll(() => followed(view)).toBe(indexOf(await currentSlideId(deck)) + 1);
    await view.close();
  });
});
