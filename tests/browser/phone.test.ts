import { beforeAll, describe, expect, it } from 'vitest';
import { openDeck, PHONE, slides, useDeck } from './harness.ts';

describe('on a phone (390x844, touch)', () => {
  const session = useDeck(PHONE);
  beforeAll(() => openDeck(session.page));

  it("switches to reveal.js's scroll view", async () => {
    const view = await session.page.evaluate(() => ({
      scrollView: window.Reveal.isScrollView(),
      // reveal.js marks its viewport element so while the scroll view is active.
      marked: window.Reveal.getViewportElement()?.classList.contains('reveal-scroll') ?? false,
    }));
    expect(view).toEqual({ scrollView: true, marked: true });
  });

  it('reaches every slide, in order, by scrolling down, and never scrolls sideways', async () => {
    const walk = await session.page.evaluate(async () => {
      const viewport = window.Reveal.getViewportElement();
      const page = document.scrollingElement;
      if (viewport === null || page === null) throw new Error('The deck has no scrolling viewport.');
      // reveal.js follows the scroll position on the next animation frame.
      const settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const current: string[] = [];
      const shown = new Set<string>();
      const sideways: string[] = [];
      const steps = Math.ceil(viewport.scrollHeight / viewport.clientHeight);
      for (let step = 0; step <= steps; step += 1) {
        viewport.scrollTop = step * viewport.clientHeight;
        await settled();
        current.push(window.Reveal.getCurrentSlide().id);
        for (const slide of window.Reveal.getSlides()) {
          const rect = slide.getBoundingClientRect();
          if (rect.bottom > 0 && rect.top < window.innerHeight && slide.checkVisibility()) shown.add(slide.id);
        }
        for (const [name, element] of [
          ['document', page],
          ['viewport', viewport],
        ] as const) {
          if (element.scrollWidth > element.clientWidth) {
            sideways.push(
              `${name} is ${element.scrollWidth}px wide in ${element.clientWidth}px at ${viewport.scrollTop}px down`,
            );
          }
        }
      }
      return { current: current.filter((id, index) => id !== current[index - 1]), shown: [...shown], sideways };
    });
    const ids = slides.map((slide) => slide.id);
    expect(walk.current).toEqual(ids);
    expect(walk.shown.sort()).toEqual([...ids].sort());
    expect(walk.sideways).toEqual([]);
  });
});
