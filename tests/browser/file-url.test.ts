import { describe, expect, inject, it } from 'vitest';
import { spokenText } from '../../src/model/deck.ts';
import { currentSlideId, deckLoaded, normalise, ONE_FILE, slides, useDeck } from './harness.ts';

/** A page opened from a folder has the opaque origin "null"; every file it may load is a file: URL. */
const FOLDER_ORIGIN = () => 'null';

function folderPage(file: string): string {
  return new URL(file, inject('folderUrl')).href;
}

describe.for(['index.html', ONE_FILE])('%s opened from a folder (file://)', (file) => {
  const session = useDeck(undefined, FOLDER_ORIGIN);

  it('reaches .reveal.ready with every slide, styled, with no error or failed request', async () => {
    const { page } = session;
    await page.goto(folderPage(file));
    await deckLoaded(page);
    expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(slides.length);
    const styled = await page.evaluate(() => ({
      font: getComputedStyle(document.querySelector('.reveal') ?? document.body).fontFamily,
      fontLoaded: document.fonts.check('44px "Source Serif 4"'),
      iconWidth: document.querySelector('.reveal svg.icon')?.getBoundingClientRect().width ?? 0,
    }));
    expect(styled.font).toContain('Source Serif 4');
    expect(styled.fontLoaded).toBe(true);
    // Unstyled, an inline icon fills the page; styled, it sits beside a line of text.
    expect(styled.iconWidth).toBeLessThan(100);
  });

  it('opens the speaker view on S at the current slide of the script, and the two windows drive each other', async () => {
    const { context, page } = session;
    const slide = slides.find((candidate) => candidate.id === 'diet-2');
    if (slide === undefined) throw new Error('The outline has no diet-2 slide.');
    await page.goto(folderPage(`${file}#/${slide.id}`));
    await deckLoaded(page);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect
      .poll(async () => normalise(await popup.locator('.script-passage.is-current .script-words').innerText()), {
        timeout: 10_000,
      })
      .toBe(normalise(spokenText([slide])));
    // The channel works both ways between windows of origin "null": the view drives the deck, the deck the view.
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(page)).toBe(slides[slide.number]?.id);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => popup.locator('.script-passage.is-current').getAttribute('data-slide')).toBe(slide.id);
    await popup.close();
  });
});

describe('read.html opened from a folder (file://)', () => {
  const session = useDeck(undefined, FOLDER_ORIGIN);

  it('is styled, and its slide links open the deck at that slide', async () => {
    const { page } = session;
    await page.goto(folderPage('read.html'));
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Source Serif 4');
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('main') ?? document.body).maxWidth),
    ).not.toBe('none');
    await page.locator('#read-kyoto-4 .reading-slide-link').click();
    await deckLoaded(page);
    expect(new URL(page.url()).pathname).toMatch(/\/index\.html$/);
    expect(await currentSlideId(page)).toBe('kyoto-4');
    await page.goto(folderPage('read.html'));
    await page.getByRole('link', { name: 'Open the presentation' }).click();
    await deckLoaded(page);
    expect(await currentSlideId(page)).toBe(slides[0]?.id);
  });
});
