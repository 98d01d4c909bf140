import { beforeAll, describe, expect, it } from 'vitest';
import { speech } from '../../slides/speech.ts';
import { axeViolations, currentSlideId, deckLoaded, deckUrl, PHONE, slides, useDeck } from './harness.ts';

describe('the reading view on a phone (390x844)', () => {
  const session = useDeck(PHONE);
  beforeAll(async () => {
    await session.page.goto(new URL('read.html', deckUrl()).href);
    await session.page.evaluate(() => document.fonts.ready.then(() => undefined));
  });

  it('reads at a comfortable size and never scrolls sideways', async () => {
    const page = await session.page.evaluate(() => ({
      sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      bodyText: Number.parseFloat(
        getComputedStyle(document.querySelector('.reading-passage p') ?? document.body).fontSize,
      ),
      headings: [...document.querySelectorAll('h2:not(.lang-tr)')].map((heading) => heading.textContent),
    }));
    expect(page.sideways).toBe(false);
    expect(page.bodyText).toBeGreaterThanOrEqual(16);
    expect(page.headings).toEqual(speech.sections.map((section) => section.heading));
  });

  it('leads from a passage to its slide in the presentation', async () => {
    const target = slides.find((slide) => slide.id === 'diet-3');
    if (target === undefined) throw new Error('The outline has no diet-3 slide.');
    await session.page.locator(`#read-${target.id} .reading-slide-link`).click();
    await deckLoaded(session.page);
    expect(await currentSlideId(session.page)).toBe(target.id);
  });

  it.for(['light', 'dark'] as const)('passes axe, enhanced contrast included, in %s mode', async (scheme) => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(new URL('read.html', deckUrl()).href);
    expect(await axeViolations(page)).toEqual([]);
  });
});
