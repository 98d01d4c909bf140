import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentSlideId, openDeck, slides, useDeck } from './harness.ts';

/** Where a presenter jumps to: the first slide of each section, and each recommendation. */
const targets = slides
  .filter((slide) => slide.section?.opens === true || slide.content.kind === 'recommendation')
  .map((slide) => slide.id);

/** A fresh load at the link, as from a bookmark: a hash change alone would only test reveal.js's hashchange handler. */
async function load(page: Page, hash: string): Promise<void> {
  await page.goto('about:blank');
  await openDeck(page, { hash });
}

describe('deep links', () => {
  const session = useDeck();

  it.for(targets)('#/%s opens that slide', async (id) => {
    await load(session.page, `#/${id}`);
    expect(await currentSlideId(session.page)).toBe(id);
  });

  it.for(['#/no-such-slide', '#/999'])('%s lands on a real slide', async (hash) => {
    await load(session.page, hash);
    const landed = await session.page.evaluate(() => {
      const slide = window.Reveal.getCurrentSlide();
      return { id: slide.id, present: slide.matches('.reveal .slides > section.present') };
    });
    expect(landed.present).toBe(true);
    expect(slides.map((slide) => slide.id)).toContain(landed.id);
  });
});
