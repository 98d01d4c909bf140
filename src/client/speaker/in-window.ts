import type { RevealApi } from 'reveal.js';
import type { DeckBridge } from './deck-side/deck-bridge.ts';
import { showResetNotice } from './panels/reset-notice.ts';
import { LocalLink } from './channel/deck-link.ts';
import { SpeakerView, viewOptions } from './view.ts';

let open: SpeakerView | undefined;

/** Whether the speaker view is open beside the slide. */
export function isBesideOpen(): boolean {
  return open !== undefined;
}

/**
 * The speaker view beside the slide in the deck's own window, for a speaker with one screen (T, `?split`, or the
 * blocked pop-up's offer); T again closes it. The deck keeps its keys; the view adds its own.
 */
export function toggleInWindow(deck: RevealApi, bridge: DeckBridge): void {
  const root = document.documentElement;
  const close = () => {
    open?.close();
    open = undefined;
    root.classList.remove('speaker-split');
    deck.layout();
  };
  if (open !== undefined) {
    close();
    return;
  }
  // The same window needs no secret: nothing crosses a boundary.
  const options = viewOptions(new LocalLink(bridge), close);
  open = new SpeakerView(options);
  // The deck is an application (reveal.js's role); what the speaker reads beside it is the page's main content.
  open.element.setAttribute('role', 'main');
  open.element.setAttribute('aria-label', 'Speaker view');
  root.classList.add('speaker-split');
  document.body.append(open.element);
  deck.layout();
  showResetNotice(options.storage, open.element);
  open.settle();
}
