import { beforeAll, describe, expect, it } from 'vitest';
import { spokenText } from '../../src/deck/deck.ts';
import { countPdfPages, normalise, openDeck, slides, useDeck } from './harness.ts';

describe('print view (?print-pdf)', () => {
  const session = useDeck();
  beforeAll(async () => {
    await openDeck(session.page, { search: '?print-pdf' });
    // reveal.js lays out the printed pages after it is ready, and adds them all at once.
    await session.page.locator('.reveal .pdf-page').first().waitFor({ state: 'attached' });
  });

  it('lays out one page per slide, in order', async () => {
    const pages = await session.page.evaluate(() =>
      [...document.querySelectorAll('.reveal .pdf-page')].map((page) =>
        [...page.querySelectorAll('section')].map((slide) => slide.id).join(' + '),
      ),
    );
    expect(pages).toEqual(slides.map((slide) => slide.id));
  });

  it('prints a PDF of exactly one page per slide', async () => {
    await session.page.emulateMedia({ media: 'print' });
    const pdf = await session.page.pdf({ preferCSSPageSize: true });
    expect(countPdfPages(pdf)).toBe(slides.length);
  });
});

describe('print view with the notes on pages of their own (?print-pdf&showNotes=separate-page)', () => {
  const session = useDeck();
  beforeAll(async () => {
    await openDeck(session.page, { search: '?print-pdf&showNotes=separate-page' });
    await session.page.locator('.reveal .speaker-notes-pdf').first().waitFor({ state: 'attached' });
  });

  it('prints every slide, and after each the speech spoken over it', async () => {
    const printed = await session.page.evaluate(() =>
      [...document.querySelectorAll('.reveal .speaker-notes-pdf')].map((notes) => notes.textContent),
    );
    expect(normalise(printed.join(' '))).toBe(normalise(spokenText(slides)));
    const pages = await session.page.evaluate(() => document.querySelectorAll('.reveal .pdf-page').length);
    expect(pages).toBe(slides.length);
  });
});
