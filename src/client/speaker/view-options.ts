import type { DeckLink } from './channel/link.ts';
import { wantsRehearsal } from './channel/parameters.ts';
import { DeckStorage } from './state/storage.ts';

/** What the speaker view is given: the channel to the deck, storage, and where it shows. */
export interface ViewOptions {
  readonly link: DeckLink;
  readonly storage: DeckStorage;
  /** The deck's title, for file names. */
  readonly deck: string;
  /** Beside the slide in the deck's window: no copy of the current slide, and the deck's keys move the slides. */
  readonly inWindow: boolean;
  readonly rehearse: boolean;
  readonly onClose?: () => void;
}

/**
 * The options of a view on this page, the window page's and the in-window view's alike: storage under the deck's
 * title (so both windows of one deck share it), rehearsal mode from the address. `onClose` only in the window.
 */
export function viewOptions(link: DeckLink, onClose?: () => void): ViewOptions {
  const deck = document.title;
  const common = { link, storage: new DeckStorage(deck), deck, rehearse: wantsRehearsal() };
  return onClose === undefined ? { ...common, inWindow: false } : { ...common, inWindow: true, onClose };
}
