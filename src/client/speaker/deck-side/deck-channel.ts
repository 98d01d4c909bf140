import type { DeckBridge } from './deck-bridge.ts';
import type { JoinWire } from '../channel/join-wire.ts';
import { fromOurOrigin, message, readMessage, targetOrigin, type Body, type Message } from '../channel/messages.ts';
import { keepSecret, keptSecret, newSecret } from '../channel/parameters.ts';
import { SealedLine } from '../channel/sealed-line.ts';

/** How long the deck keeps talking to a view that has stopped saying hello (it says so every second). */
const SILENCE_MS = 3500;

/**
 * The deck's end of the line to speaker views in other windows. Only a window holding the pair's secret is
 * answered: the one S opened, or the same one after either reloads (the view says hello every second to the window
 * that opened it, and the deck learns it again from that). The deck speaks only to that exact window, only to our
 * origin, and only while it keeps saying hello: a view that has gone or navigated away hears nothing more. Views that
 * joined by hand (deck-join.ts) have no window to post to: they hear the deck over a sealed line (sealed-line.ts).
 */
export class DeckChannel {
  private view: Window | null = null;
  private lastHeard = Number.NEGATIVE_INFINITY;
  private line: SealedLine | null = null;
  private lineHeard = Number.NEGATIVE_INFINITY;
  private secret: string | null = keptSecret();

  constructor(
    private readonly bridge: DeckBridge,
    private readonly wire: JoinWire,
  ) {
    window.addEventListener('message', (event) => {
      this.receive(event);
    });
    bridge.subscribe((state) => {
      this.post({ type: 'state', state });
    });
    if (this.secret !== null) this.openLine(this.secret);
  }

  /** The speaker view's window, while it is open. */
  openView(): Window | null {
    return this.view !== null && !this.view.closed ? this.view : null;
  }

  /** The secret a new view is given: made on the first S (or join), then kept by this tab for reloads. */
  pairingSecret(): string {
    if (this.secret === null) {
      this.secret = newSecret();
      keepSecret(this.secret);
      this.openLine(this.secret);
    }
    return this.secret;
  }

  /** A view in another window heard from lately (by its window or its sealed line): it hears the deck now. */
  hasListener(): boolean {
    const now = Date.now();
    return (this.openView() !== null && now - this.lastHeard <= SILENCE_MS) || now - this.lineHeard <= SILENCE_MS;
  }

  adopt(view: Window): void {
    this.view = view;
  }

  private openLine(secret: string): void {
    this.line = new SealedLine(this.wire, secret, 'deck', (data) => {
      this.lineHeard = data.type === 'bye' ? Number.NEGATIVE_INFINITY : Date.now();
      this.act(data);
    });
  }

  private post(body: Body): void {
    const view = this.openView();
    const now = Date.now();
    if (view !== null && this.secret !== null && now - this.lastHeard <= SILENCE_MS) {
      view.postMessage(message(body, this.secret), targetOrigin());
    }
    if (now - this.lineHeard <= SILENCE_MS) this.line?.send(body);
  }

  private receive(event: MessageEvent): void {
    if (event.origin !== window.origin) return;
    const data: Message | undefined = readMessage(event.data, this.secret);
    if (data === undefined) return;
    // A view going away says bye as its page is hidden; by the time it arrives, its window may be gone as a source.
    if (data.type === 'bye') {
      this.view = null;
      return;
    }
    if (!fromOurOrigin(event)) return;
    // Whichever window holds the secret and says hello or sends a command is the view: after a reload, that is how
    // they meet again.
    this.view = event.source as Window;
    this.lastHeard = Date.now();
    this.act(data);
  }

  private act(data: Message): void {
    if (data.type === 'hello') this.post({ type: 'state', state: this.bridge.state() });
    else if (data.type === 'command') this.bridge.execute(data.command);
  }
}
