import type { RevealApi } from 'reveal.js';
import { PACED_EVENT } from '../../../protocol/live.ts';
import { blankScreen } from '../../deck-keys.ts';
import { CLOCK_EVENT } from '../../present/deck-clock.ts';
import type { LocalDeck } from '../channel/deck-link.ts';
import type { Command, DeckState } from '../channel/messages.ts';
import type { DeckHost } from '../tools-loader.ts';

/**
 * The deck as the speaker view sees it, through reveal.js's public API only: its state, the commands it takes,
 * and the events that change the state.
 */
export class DeckBridge implements LocalDeck {
  private readonly listeners = new Set<(state: DeckState) => void>();
  private notice: string | undefined;

  private readonly deck: RevealApi;

  constructor(private readonly host: DeckHost) {
    const { deck } = host;
    this.deck = deck;
    for (const event of ['slidechanged', 'paused', 'resumed', 'ready'] as const) {
      deck.on(event, () => {
        this.changed();
      });
    }
  }

  private changed(): void {
    const state = this.state();
    for (const listener of this.listeners) listener(state);
  }

  /** Tells the speaker views `notice` with the deck's state from now on; undefined takes it back. */
  tell(notice: string | undefined): void {
    this.notice = notice;
    this.changed();
  }

  state(): DeckState {
    return {
      index: this.deck.getIndices().h,
      total: this.deck.getTotalSlides(),
      blanked: this.deck.isPaused(),
      ...(this.deck.isPaused() && { blankScreen: blankScreen(this.deck) }),
      ...(this.notice !== undefined && { notice: this.notice }),
    };
  }

  /** Calls `listener` on every change; returns what stops it. */
  subscribe(listener: (state: DeckState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  execute(command: Command): void {
    const { deck } = this;
    if ('paced' in command) {
      // For the hall's live talk, where the deck is presented from its server (src/client/present/plugin.ts).
      window.dispatchEvent(new CustomEvent(PACED_EVENT, { detail: command.paced }));
      return;
    }
    if ('clock' in command) {
      window.dispatchEvent(new CustomEvent(CLOCK_EVENT, { detail: command.clock }));
      return;
    }
    if ('blank' in command) {
      deck.togglePause();
      return;
    }
    if (command.go === 'next' || command.go === 'prev') {
      this.host.advance(deck, command.go);
      return;
    }
    // A jump to a named slide goes there, in sight.
    if (deck.isPaused()) deck.togglePause(false);
    switch (command.go) {
      case 'first':
        deck.slide(0);
        break;
      case 'last':
        deck.slide(deck.getTotalSlides() - 1);
        break;
      case 'slide':
        deck.slide(command.index);
        break;
    }
  }
}
