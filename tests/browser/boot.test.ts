import { beforeAll, describe, expect, it } from 'vitest';
import { spokenText } from '../../src/model/deck.ts';
import { normalise, openDeck, PROJECTOR, slides, useDeck } from './harness.ts';

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

  it('has the inlined face ready when reveal.js first lays out the slides, and loads it once', async () => {
    const context = await session.newContext({ viewport: PROJECTOR });
    // Notes the face's state when reveal.js marks the page as its viewport, just before its first layout.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement.classList.contains('reveal-full-page')) return;
        observer.disconnect();
        Object.assign(window, { faceAtFirstLayout: [...document.fonts].map((face) => face.status).join() });
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    const page = await context.newPage();
    await openDeck(page);
    const fonts = await page.evaluate(() => ({
      atFirstLayout: (window as unknown as { faceAtFirstLayout?: string }).faceAtFirstLayout,
      faces: [...document.fonts].map((face) => `${face.family} ${face.weight} ${face.status}`),
      headline: getComputedStyle(document.querySelector('.reveal .slides h1, .reveal .slides h2') ?? document.body)
        .fontFamily,
    }));
    await context.close();
    expect(fonts.atFirstLayout).toBe('loaded');
    // The stylesheet's rule gives way to the face made from its bytes, so the face is not loaded a second time.
    expect(fonts.faces).toEqual(['Source Serif 4 400 loaded']);
    expect(fonts.headline).toContain('Source Serif 4');
  });
});
