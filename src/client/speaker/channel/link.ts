import type { Command, DeckState } from './messages.ts';

/** The speaker view's line to the deck, whether the deck is in another window or in this one. */
export interface DeckLink {
  send(command: Command): void;
  /** Calls `listener` with every state the deck reports, the current one first when it is known. */
  onState(listener: (state: DeckState) => void): void;
  /** Whether the deck answered recently: a closed or reloading deck window does not. */
  connected(): boolean;
  close(): void;
}
