import { describe, expect, it } from 'vitest';
import { axeViolations, currentSlideId, openDeck, PROJECTOR, slides, useDeck } from './harness.ts';
import { atEyeLevel, currentPassageLevel, followed, indexOf } from './speaker-harness.ts';

describe('the speaker view in the deck window', () => {
  const session = useDeck();

  it('is what a blocked pop-up offers: the view beside the slide, following the deck', async () => {
    const context = await session.newContext({ viewport: PROJECTOR });
    // What a popup blocker gives the page: window.open returns null.
    await context.addInitScript(() => {
      window.open = () => null;
    });
    const page = await context.newPage();
    await openDeck(page, { hash: '#/japan' });
    const message = page.locator('.popup-blocked');
    // The view's styles reach the page with the view: a load of the deck alone neither parses nor matches them.
    const speakerRules = () =>
      page.evaluate(
        () =>
          [...document.styleSheets, ...document.adoptedStyleSheets]
            .flatMap((sheet) => [...sheet.cssRules])
            .filter((rule) => rule instanceof CSSStyleRule && rule.selectorText.includes('.speaker-script')).length,
      );
    expect(await speakerRules()).toBe(0);

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

    await page.keyboard.press('s');
    await message.getByRole('button', { name: 'Show it in this window' }).click();
    const view = page.locator('.speaker.speaker-in-window');
    await view.waitFor();
    expect(await speakerRules()).toBeGreaterThan(0);
    await expect.poll(() => followed(page)).toBe(indexOf('japan') + 1);
    // The slide keeps the top left of the window at 16:9, clear of the script beside it and the time below it.
    const deckBox = await page.locator('body > .reveal').boundingBox();
    const scriptBox = await page.locator('.speaker-script').boundingBox();
    const timeBox = await page.locator('.speaker-time').boundingBox();
    if (deckBox === null || scriptBox === null || timeBox === null) throw new Error('The split view is not laid out.');
    expect(deckBox.width / deckBox.height).toBeCloseTo(16 / 9, 1);
    expect(scriptBox.x).toBeGreaterThanOrEqual(deckBox.width - 1);
    expect(timeBox.y).toBeGreaterThanOrEqual(deckBox.height - 1);
    // A click on the slide reaches the deck through the view's box: reveal.js's own arrow moves on.
    await page.locator('.reveal .controls .navigate-right').click();
    await expect.poll(() => currentSlideId(page)).toBe('japan-support');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => currentSlideId(page)).toBe('japan');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(page)).toBe('japan-support');
    await expect.poll(() => followed(page)).toBe(indexOf('japan-support') + 1);
    await expect.poll(async () => (await currentPassageLevel(page)).id).toBe('japan-support');
    await expect.poll(() => atEyeLevel(page)).toBe(true);
    await page.locator('.speaker-next-button').click();
    await expect.poll(() => currentSlideId(page)).toBe('contributions');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('t');
    await view.waitFor({ state: 'detached' });
    await context.close();
  });

  it('opens with T, and with ?split in the address (and ?rehearse in rehearsal mode)', async () => {
    const { page } = session;
    await openDeck(page, { search: '?split&rehearse', hash: '#/kyoto' });
    await page.locator('.speaker.speaker-in-window').waitFor();
    await expect.poll(() => followed(page)).toBe(indexOf('kyoto') + 1);
    await page.locator('.speaker-rehearsal').waitFor();
    expect(await page.locator('.speaker-rehearsal tbody tr').count()).toBe(slides.length);
    await page.keyboard.press('r');
    await page.locator('.speaker-rehearsal').waitFor({ state: 'hidden' });
    await page.keyboard.press('t');
    await page.locator('.speaker').waitFor({ state: 'detached' });
    await page.keyboard.press('t');
    await page.locator('.speaker.speaker-in-window').waitFor();
    await page.keyboard.press('t');
  });
});
