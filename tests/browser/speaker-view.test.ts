import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { spokenText, type DeckSlide } from '../../src/deck/deck.ts';
import { normalise, openDeck, PROJECTOR, slides, useDeck } from './harness.ts';

/** The first two consecutive slides that both have notes, so that moving on must change what the speaker reads. */
function consecutiveWithNotes(): [DeckSlide, DeckSlide] {
  const index = slides.findIndex((slide, i) => slide.notes.length > 0 && (slides[i + 1]?.notes.length ?? 0) > 0);
  const from = slides[index];
  const next = slides[index + 1];
  if (from === undefined || next === undefined) {
    throw new Error('The outline has no two consecutive slides with notes.');
  }
  return [from, next];
}

/** The notes as the speaker view renders them: its rendered text, paragraphs apart. */
async function speakerNotes(popup: Page): Promise<string> {
  return normalise(await popup.locator('.speaker-controls-notes .value').innerText());
}

/** The speaker view connects to the deck by messages every half second; allow it a few tries. */
const CONNECTED = { timeout: 10_000 };

describe('speaker view', () => {
  const session = useDeck();

  it("opens on S with the current slide's notes and the pacing timer, and follows the deck", async () => {
    const { context, page } = session;
    const [from, next] = consecutiveWithNotes();
    await openDeck(page, { hash: `#/${from.id}` });
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect.poll(() => speakerNotes(popup), CONNECTED).toBe(normalise(spokenText([from])));
    await expect.poll(() => popup.locator('.speaker-controls-time .pacing').isVisible(), CONNECTED).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => speakerNotes(popup), CONNECTED).toBe(normalise(spokenText([next])));
    await popup.close();
  });

  it('explains a blocked pop-up in a message that the button and Escape dismiss, without an error', async () => {
    const context = await session.newContext({ viewport: PROJECTOR });
    // What a popup blocker gives the page: window.open returns null.
    await context.addInitScript(() => {
      window.open = () => null;
    });
    const page = await context.newPage();
    await openDeck(page);
    const message = page.locator('.popup-blocked');

    await page.keyboard.press('s');
    await message.waitFor();
    expect(await message.getAttribute('role')).toBe('alertdialog');
    await message.getByRole('button', { name: 'Dismiss' }).click();
    await message.waitFor({ state: 'detached' });

    await page.keyboard.press('s');
    await message.waitFor();
    await page.keyboard.press('Escape');
    await message.waitFor({ state: 'detached' });
    // Escape closed the message only; reveal.js would otherwise have taken it to open the overview.
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false);
    await context.close();
  });
});
