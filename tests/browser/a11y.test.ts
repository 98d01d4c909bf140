import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, currentSlideId, openDeck, slides, useDeck } from './harness.ts';

describe('accessibility of every slide (axe)', () => {
  const session = useDeck();
  // No transition, so axe never judges the colours of a slide halfway through a fade.
  beforeAll(() => openDeck(session.page, { search: '?transition=none' }));

  it.for(slides.map((slide, index) => [slide.id, index] as const))('%s has no axe violations', async ([id, index]) => {
    const { page } = session;
    await page.evaluate((h) => {
      window.Reveal.slide(h);
      while (window.Reveal.availableFragments().next) window.Reveal.nextFragment();
    }, index);
    expect(await currentSlideId(page)).toBe(id);
    expect(await axeViolations(page), `axe violations on slide "${id}"`).toEqual([]);
  });
});

interface Motion {
  /** reveal.js's configured transition. */
  readonly transition: string | undefined;
  /** The longest computed transition-duration of any slide, in seconds. */
  readonly longest: number;
}

/** How slides move in a fresh load of the deck under the given preference. */
async function motionWith(page: Page, reducedMotion: 'reduce' | 'no-preference'): Promise<Motion> {
  // Before the load, as a system setting would be.
  await page.emulateMedia({ reducedMotion });
  await openDeck(page);
  return page.evaluate(() => ({
    transition: window.Reveal.getConfig().transition,
    longest: Math.max(
      ...window.Reveal.getSlides().flatMap((slide) =>
        getComputedStyle(slide)
          .transitionDuration.split(',')
          .map((duration) => Number.parseFloat(duration)),
      ),
    ),
  }));
}

const animates = (motion: Motion) => motion.transition !== 'none' && motion.longest > 0;

describe('prefers-reduced-motion', () => {
  const session = useDeck();

  it('turns slide transitions off, where the deck otherwise animates them', async () => {
    const usual = await motionWith(session.page, 'no-preference');
    const reduced = await motionWith(await session.context.newPage(), 'reduce');
    // Without the preference slides do move; else the check below would pass for the wrong reason.
    expect(animates(usual), `without the preference: ${JSON.stringify(usual)}`).toBe(true);
    expect(animates(reduced), `with prefers-reduced-motion: reduce: ${JSON.stringify(reduced)}`).toBe(false);
  });
});
