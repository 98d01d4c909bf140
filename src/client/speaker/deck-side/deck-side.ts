import type { RevealApi } from 'reveal.js';
import { DeckBridge } from './deck-bridge.ts';
import { DeckChannel } from './deck-channel.ts';
import { listenForJoins } from './deck-join.ts';
import { showPopupBlocked } from './popup-blocked.ts';
import { JoinWire } from '../channel/join-wire.ts';
import type { DeckHost } from '../tools-loader.ts';

/**
 * The deck's side of the speaker view, in the speaker's tools: made the first time the deck needs it (S, T, `?split`,
 * a pairing kept from before a reload, a view asking to join), and from then on the deck's end of the line to
 * every view.
 */
export class DeckSide {
  private readonly bridge: DeckBridge;
  private readonly channel: DeckChannel;

  /**
   * `toggleBeside` and `besideOpen` are the view beside the slide (in-window.ts): the deck's side talks to views, it
   * is none.
   */
  constructor(
    private readonly host: DeckHost,
    private readonly toggleBeside: (deck: RevealApi, bridge: DeckBridge) => void,
    private readonly besideOpen: () => boolean,
  ) {
    this.bridge = new DeckBridge(host);
    const wire = new JoinWire(document.title);
    this.channel = new DeckChannel(this.bridge, wire);
    listenForJoins(wire, () => this.channel.pairingSecret());
  }

  /** Opens or closes the speaker view beside the slide, in the deck's window (T). */
  toggleInWindow(): void {
    this.toggleBeside(this.host.deck, this.bridge);
  }

  /**
   * Tells every speaker view `notice` (undefined takes it back); whether one hears it now, so that the deck need not
   * show it on what may be the projector.
   */
  tell(notice: string | undefined): boolean {
    this.bridge.tell(notice);
    return this.besideOpen() || this.channel.hasListener();
  }

  /** The speaker view's window, while it is open. */
  openView(): Window | null {
    return this.channel.openView();
  }

  /** The secret a new view is given (speakerWindowUrl). */
  pairingSecret(): string {
    return this.channel.pairingSecret();
  }

  /** The window S opened, to talk to; none when the browser blocked the pop-up, which the deck then says. */
  adopt(view: Window | null): void {
    if (view === null)
      showPopupBlocked(() => {
        this.toggleInWindow();
      });
    else this.channel.adopt(view);
  }
}
