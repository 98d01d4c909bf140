import type { RevealApi } from 'reveal.js';
import { pageModel } from './page-model.ts';

/**
 * A heading for the PDF's tags and bookmarks only. Chromium builds the outline from the headings it paints, and it
 * joins the lines of a wrapped heading without a space ("fundamentalpartner"); so each slide gets one line of its own,
 * painted transparent at a hair's size (Chromium leaves out text that is not painted at all), and the visible
 * headline stays as it is, as text.
 */
function outlineHeading(text: string, level: number): HTMLElement {
  const heading = document.createElement('div');
  heading.className = 'print-outline-heading';
  heading.setAttribute('role', 'heading');
  heading.setAttribute('aria-level', String(level));
  heading.textContent = text;
  // Set here rather than in the theme: it exists only in print, and only for the PDF's structure.
  Object.assign(heading.style, {
    position: 'absolute',
    top: '0',
    left: '0',
    margin: '0',
    fontSize: '1px',
    lineHeight: '1',
    whiteSpace: 'nowrap',
    color: 'transparent',
  });
  return heading;
}

/**
 * A slide's bookmarks as the model decided them (page-model.ts): the section's, on the slide that opens it, then the
 * slide's own, each with its level.
 */
function bookmarksOf(slide: HTMLElement): { text: string; level: number }[] {
  const model = pageModel().slides.find((each) => each.id === slide.id);
  if (model === undefined) return [];
  const own = { text: model.bookmark, level: model.bookmarkLevel };
  const { section } = model;
  return section?.opens ? [{ text: section.heading, level: section.bookmarkLevel }, own] : [own];
}

/**
 * Readies reveal.js's print view (`?print-pdf`) for a tagged PDF with bookmarks. reveal.js leaves `hidden` and
 * `aria-hidden` on every slide but the first, so Chromium tags only slide 1: they are cleared. Each slide then gets
 * one heading for the outline (a section's heading too, on the slide that opens it), and its visible headings stay
 * text, so that no slide is bookmarked twice.
 */
function structureForPrint(deck: RevealApi): void {
  for (const slide of deck.getSlides()) {
    slide.removeAttribute('aria-hidden');
    slide.hidden = false;
    const frame = slide.querySelector('.slide-frame') ?? slide;
    for (const visible of frame.querySelectorAll('h1, h2, h3')) visible.setAttribute('role', 'none');
    const headings = bookmarksOf(slide).filter((bookmark) => bookmark.text !== '' && bookmark.level > 0);
    frame.prepend(...headings.map((bookmark) => outlineHeading(bookmark.text, bookmark.level)));
  }
}

/** In the print view, structures the printed slides once reveal.js has laid them out; elsewhere does nothing. */
export function structurePrintView(deck: RevealApi): void {
  if (!deck.isPrintView()) return;
  if (document.querySelector('.reveal .pdf-page') !== null) structureForPrint(deck);
  else
    deck.on('pdf-ready', () => {
      structureForPrint(deck);
    });
}
