import type { RevealApi } from 'reveal.js';
import { pageModel } from './page-model.ts';
import { linkedSlide } from './scroll-view.ts';

/** Long enough to read it once; the first key the presenter presses takes it away sooner. */
const SHOWN_MS = 8000;

/**
 * A link to a slide the deck does not have (`#/no-such-slide`, `#/99`, a renamed slide's old bookmark) opens the deck
 * where reveal.js puts it; this tells the presenter so, briefly, on the deck's screen, naming the slide it opened
 * instead. `hash` is the address's hash before reveal.js rewrote it.
 */
export function tellMissingSlide(deck: RevealApi, hash: string): void {
  const asked = hash.replace(/^#\//, '');
  if (
    !hash.startsWith('#/') ||
    asked === '' ||
    deck.isScrollView() ||
    deck.isPrintView() ||
    linkedSlide(deck, hash) !== undefined
  )
    return;
  const opened = deck.getCurrentSlide();
  const number = deck.getSlides().indexOf(opened) + 1;
  const bookmark = pageModel().slides.find((slide) => slide.id === opened.id)?.bookmark ?? opened.id;
  const notice = document.createElement('div');
  // The look of the deck's other notices (theme/deck/chrome.css).
  notice.className = 'popup-blocked missing-slide';
  notice.setAttribute('role', 'status');
  const line = document.createElement('p');
  line.textContent = `The link names no slide of this deck (#/${asked.slice(0, 60)}): opened slide ${number}, “${bookmark}”, instead.`;
  notice.append(line);
  const close = () => {
    notice.remove();
    document.removeEventListener('keydown', close, true);
  };
  document.addEventListener('keydown', close, true);
  setTimeout(close, SHOWN_MS);
  document.body.append(notice);
}
