import type { DeckBridge } from './deck-bridge.ts';
import { fromThisDeck, message, readMessage, type Message } from './messages.ts';

/**
 * postMessage cannot name the opaque origin of a file:// page (`window.origin` is "null" there, though
 * `location.origin` says "file://"); `fromThisDeck` checks what arrives instead.
 */
export function targetOrigin(): string {
  return window.origin === 'null' ? '*' : window.origin;
}

/**
 * The deck's end of the line to a speaker view in another window. The view says hello every second to the window
 * that opened it; the deck answers whichever of its windows says so, so the two find each other again after either
 * reloads (the pop-up keeps its opener, and the deck learns the pop-up from its next hello).
 */
export class DeckChannel {
  private view: Window | null = null;

  constructor(private readonly bridge: DeckBridge) {
    window.addEventListener('message', (event) => {
      this.receive(event);
    });
    bridge.subscribe((state) => {
      this.post(message({ type: 'state', state }));
    });
  }

  /** The speaker view's window, while it is open. */
  openView(): Window | null {
    return this.view !== null && !this.view.closed ? this.view : null;
  }

  adopt(view: Window): void {
    this.view = view;
  }

  private post(data: Message): void {
    this.openView()?.postMessage(data, targetOrigin());
  }

  private receive(event: MessageEvent): void {
    const data = readMessage(event.data);
    if (data === undefined || !fromThisDeck(event)) return;
    // Whichever window of this deck says hello or sends a command is the view: after a reload, that is how they meet.
    this.view = event.source as Window;
    if (data.type === 'hello') this.post(message({ type: 'state', state: this.bridge.state() }));
    else if (data.type === 'command') this.bridge.execute(data.command);
  }
}
