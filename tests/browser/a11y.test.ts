import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentSlideId, openDeck, slides, useDeck } from './harness.ts';

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
    // Legacy mode runs axe in the page itself rather than through a helper page per run: about twice as fast, and the
    // deck has no cross-origin frames, the one thing it cannot reach.
    // The enhanced contrast rule (WCAG AAA, 7:1 for body text) is off in axe by default; the deck promises it.
    const { violations } = await new AxeBuilder({ page })
      .setLegacyMode(true)
      .options({ rules: { 'color-contrast-enhanced': { enabled: true } } })
      .analyze();
    const found = violations.map(({ id: rule, impact, nodes }) => {
      const targets = nodes.map((node) => node.target.join(' ')).join(', ');
      return `${rule} (${impact ?? 'no impact given'}): ${targets}`;
    });
    expect(found, `axe violations on slide "${id}"`).toEqual([]);
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
