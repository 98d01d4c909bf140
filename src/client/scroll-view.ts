import type { RevealApi } from 'reveal.js';

/** A link's slide name, decoded; undefined for a malformed escape (`#/%E0%A4%A`), which names no slide. */
function slideName(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.replace(/^#\/?/, '').split('/')[0] ?? '');
  } catch {
    return undefined;
  }
}

/** The slide a `#/id` or `#/3` link names, if the deck has it. */
export function linkedSlide(deck: RevealApi, hash: string): HTMLElement | undefined {
  const name = slideName(hash);
  if (name === undefined || name === '') return undefined;
  const byId = document.getElementById(name);
  if (byId?.matches('.reveal .slides section')) return byId;
  return /^\d+$/.test(name) ? deck.getSlides()[Number(name)] : undefined;
}

/**
 * Opens a deep link in reveal.js's scroll view (phones): reveal.js 6 ignores the hash there and stays on the first
 * slide (hakimel/reveal.js#3815). `hash` is the address's hash before reveal.js rewrote it.
 */
export function openLinkInScrollView(deck: RevealApi, hash: string): void {
  if (!deck.isScrollView()) return;
  const slide = linkedSlide(deck, hash);
  if (slide === undefined || slide === deck.getCurrentSlide()) return;
  slide.closest('.scroll-page')?.scrollIntoView({ block: 'start' });
  // reveal.js rewrote the address to the first slide; give the reader back the link they followed.
  window.history.replaceState(null, '', `#/${slide.id}`);
}
