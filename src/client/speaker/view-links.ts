import type { DeckBridge } from './deck-bridge.ts';
import { targetOrigin } from './deck-channel.ts';
import type { DeckLink } from './link.ts';
import { fromThisDeck, message, readMessage, type Command, type DeckState } from './messages.ts';

/** How often the view says hello to the deck, and how long without an answer it counts as cut off. */
const HELLO_EVERY_MS = 1000;
const SILENCE_MS = 3500;

/** The view's end of the line to the deck in the window that opened it (see DeckChannel). */
export class OpenerLink implements DeckLink {
  private readonly listeners = new Set<(state: DeckState) => void>();
  private lastHeard = Number.NEGATIVE_INFINITY;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly onMessage = (event: MessageEvent) => {
    const data = readMessage(event.data);
    if (data?.type !== 'state' || !fromThisDeck(event) || event.source !== this.deck) return;
    this.lastHeard = Date.now();
    for (const listener of this.listeners) listener(data.state);
  };

  constructor(private readonly deck: Window | null) {
    window.addEventListener('message', this.onMessage);
    this.hello();
    this.timer = setInterval(() => {
      this.hello();
    }, HELLO_EVERY_MS);
  }

  private hello(): void {
    if (this.deck !== null && !this.deck.closed) this.deck.postMessage(message({ type: 'hello' }), targetOrigin());
  }

  send(command: Command): void {
    if (this.deck !== null && !this.deck.closed) {
      this.deck.postMessage(message({ type: 'command', command }), targetOrigin());
    }
  }

  onState(listener: (state: DeckState) => void): void {
    this.listeners.add(listener);
  }

  connected(): boolean {
    return this.deck !== null && !this.deck.closed && Date.now() - this.lastHeard < SILENCE_MS;
  }

  close(): void {
    clearInterval(this.timer);
    window.removeEventListener('message', this.onMessage);
  }
}

/** The line to the deck in this same window: the in-window view. */
export class LocalLink implements DeckLink {
  private readonly stops: (() => void)[] = [];

  constructor(private readonly bridge: DeckBridge) {}

  send(command: Command): void {
    this.bridge.execute(command);
  }

  onState(listener: (state: DeckState) => void): void {
    this.stops.push(this.bridge.subscribe(listener));
    listener(this.bridge.state());
  }

  connected(): boolean {
    return true;
  }

  close(): void {
    for (const stop of this.stops.splice(0)) stop();
  }
}
