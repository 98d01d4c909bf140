import { JoinWire } from './channel/join-wire.ts';
import { joinByHand } from './channel/join-view.ts';
import { takeSecret } from './channel/parameters.ts';
import { showResetNotice } from './panels/reset-notice.ts';
import { StorageLink } from './channel/storage-link.ts';
import { OpenerLink, type DeckLink } from './channel/deck-link.ts';
import { SpeakerView, viewOptions } from './view.ts';

/** How long a view waits for an answer to the secret it kept before it asks to join instead. */
const STALE_AFTER_MS = 5000;

/**
 * The page as the speaker view in a window of its own (`?speaker`): the deck's page, its slides kept as the source
 * of the previews and the deck itself not started. Opened with S, the deck is the window that opened this one, and
 * the secret it gave in the address (or this tab kept from before a reload) pairs the two. Opened by hand, it has no
 * such window: it asks the deck to let it join (join-view.ts) and talks to it over storage, sealed.
 */
export function showSpeakerWindow(): void {
  // A deck window that has been closed cannot answer: a view it left behind joins the next deck by hand.
  const opener = window.opener as Window | null;
  const deck = opener !== null && !opener.closed ? opener : null;
  const secret = takeSecret();
  const wire = new JoinWire(document.title);
  const byHand = deck === null ? new StorageLink(wire, secret) : null;
  const link: DeckLink = byHand ?? new OpenerLink(deck, secret);
  const options = viewOptions(link);
  document.documentElement.classList.add('speaker-window');
  document.title = `Speaker view · ${options.deck}`;
  const view = new SpeakerView(options);
  view.element.setAttribute('role', 'main');
  document.body.append(view.element);
  showResetNotice(options.storage, view.element);
  view.settle();
  if (byHand === null) return;
  const join = () => {
    void joinByHand(wire, view.element, (joined) => {
      byHand.pair(joined);
    });
  };
  if (!byHand.paired()) join();
  else {
    // A secret kept from a deck that is gone now (closed, not reloaded) gets no answer: then ask the deck there is.
    setTimeout(() => {
      if (!byHand.connected()) join();
    }, STALE_AFTER_MS);
  }
}
