import type { DeckLink } from './link.ts';
import type { DeckStorage } from './storage.ts';

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
