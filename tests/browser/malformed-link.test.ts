import { describe, expect, it } from 'vitest';
import { currentSlideId, openDeck, PHONE, slides, useDeck } from './harness.ts';

describe('a deep link with a malformed escape', () => {
  const session = useDeck(PHONE);

  // The harness fails the test on any page error: reveal.js guards its own decoding, and so must the scroll view.
  it('opens the deck at its first slide on a phone, without a page error', async () => {
    await openDeck(session.page, { hash: '#/%E0%A4%A' });
    expect(await session.page.evaluate(() => window.Reveal.isScrollView())).toBe(true);
    expect(await currentSlideId(session.page)).toBe(slides[0]?.id);
  });
});
