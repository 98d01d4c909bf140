import { beforeAll, describe, expect, it } from 'vitest';
import { spokenText } from '../../src/model/deck.ts';
import { deckUrl, normalise, slides, useDeck } from './harness.ts';

describe('without JavaScript', () => {
  const session = useDeck({ viewport: { width: 1366, height: 900 }, javaScriptEnabled: false });
  beforeAll(async () => {
    await session.page.goto(deckUrl());
  });

  it('shows every slide and its speaker notes, one after another, as a page', async () => {
    const shown = await session.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((slide) => ({
        id: slide.id,
        visible: slide.checkVisibility() && slide.getBoundingClientRect().height > 0,
        notes: slide.querySelector<HTMLElement>('aside.notes')?.innerText ?? '',
        top: slide.getBoundingClientRect().top,
      })),
    );
    expect(shown.map(({ id, visible }) => ({ id, visible }))).toEqual(slides.map(({ id }) => ({ id, visible: true })));
    expect(shown.map(({ notes }) => normalise(notes))).toEqual(slides.map((slide) => normalise(spokenText([slide]))));
    // One after another down the page, not stacked in one place as reveal.js would have them.
    expect(shown.every((slide, index) => index === 0 || slide.top > (shown[index - 1]?.top ?? 0))).toBe(true);
  });

  it('says why, and leads to the full text', async () => {
    const link = session.page.locator('.noscript-note a');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe('./read.html');
  });
});
