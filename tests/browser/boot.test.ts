import { beforeAll, describe, expect, it } from 'vitest';
import { spokenText } from '../../src/deck/deck.ts';
import { normalise, openDeck, slides, useDeck } from './harness.ts';

describe('the production build boots', () => {
  const session = useDeck();
  // The deck as a presenter opens it: no query, so the configuration is the deck's own.
  beforeAll(() => openDeck(session.page));

  it('reaches .reveal.ready with every slide of the outline, in order', async () => {
    const deck = await session.page.evaluate(() => ({
      total: window.Reveal.getTotalSlides(),
      ids: window.Reveal.getSlides().map((slide) => slide.id),
    }));
    expect(deck.ids).toEqual(slides.map((slide) => slide.id));
    expect(deck.total).toBe(slides.length);
  });

  it("carries the whole speech in the notes' text, slide by slide, in order", async () => {
    const inDom = await session.page.evaluate(() =>
      window.Reveal.getSlides().map((slide) => ({
        id: slide.id,
        notes: [...slide.querySelectorAll('aside.notes')].map((aside) => aside.textContent).join(' '),
      })),
    );
    const domNotes = inDom.map(({ id, notes }) => ({ id, notes: normalise(notes) }));
    // Compared per slide, so a failure names the slide; in order, so this is the concatenation check as well.
    expect(domNotes).toEqual(slides.map((slide) => ({ id: slide.id, notes: normalise(spokenText([slide])) })));
    expect(normalise(domNotes.map(({ notes }) => notes).join(' '))).toBe(normalise(spokenText(slides)));
  });
});
