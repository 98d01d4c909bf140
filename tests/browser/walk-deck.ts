import path from 'node:path';
import type { Page } from 'playwright-core';
import { openDeck } from './harness.ts';
import { measureCurrentSlide, type MeasuredSlide, type Roles } from './slide-measure.ts';

/** Sub-pixel layout rounding is not overflow. */
const TOLERANCE_PX = 1;
/** The deck's labels, headlines and quiet section marker, for the measuring. */
const ROLES: Roles = {
  label: '.kicker, .title-kind, .recommendation-series, .recommendation-label',
  headline: 'h1, h2',
  quiet: '.slide:not(.opens-section) .section-marker',
};

export function screenshotName(number: number, id: string): string {
  return `${String(number).padStart(2, '0')}-${id}.png`;
}

/**
 * Walks the deck with the keyboard from the first slide to the last, measuring each slide once fully built;
 * `screenshots` leaves a picture of each there.
 */
export async function walk(page: Page, screenshots?: string): Promise<{ built: MeasuredSlide[]; total: number }> {
  // No transition, so each key press is final at once and nothing waits on animation.
  await openDeck(page, { search: '?transition=none' });
  const counts = await page.evaluate(() => ({
    slides: window.Reveal.getTotalSlides(),
    fragments: document.querySelectorAll('.reveal .slides .fragment').length,
  }));
  const built: MeasuredSlide[] = [];
  // Every key press shows a fragment or moves on a slide, so more presses than this means the deck is stuck.
  const maxPresses = counts.slides + counts.fragments;
  for (let presses = 0; ; presses += 1) {
    const state = await page.evaluate(() => ({
      indices: JSON.stringify(window.Reveal.getIndices()),
      fullyBuilt: !window.Reveal.availableFragments().next,
      last: window.Reveal.isLastSlide(),
    }));
    if (state.fullyBuilt) {
      const slide = await page.evaluate(measureCurrentSlide, { tolerance: TOLERANCE_PX, roles: ROLES });
      built.push(slide);
      if (screenshots !== undefined) {
        await page.screenshot({ path: path.join(screenshots, screenshotName(built.length, slide.id)) });
      }
      if (state.last) break;
    }
    if (presses === maxPresses) {
      throw new Error(`The walk was still not on the last slide after ${presses} key presses.`);
    }
    // Both of reveal.js's keys for "next", in turn.
    await page.keyboard.press(presses % 2 === 0 ? 'ArrowRight' : 'Space');
    await page.waitForFunction((before) => JSON.stringify(window.Reveal.getIndices()) !== before, state.indices);
  }
  return { built, total: counts.slides };
}
