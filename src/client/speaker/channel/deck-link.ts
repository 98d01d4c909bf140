import {
  fromOurOrigin,
  message,
  readMessage,
  targetOrigin,
  type Body,
  type Command,
  type DeckState,
} from './messages.ts';

/** The speaker view's line to the deck, whether the deck is in another window or in this one. */
export interface DeckLink {
  send(command: Command): void;
  /** Calls `listener` with every state the deck reports, the current one first when it is known. */
  onState(listener: (state: DeckState) => void): void;
  /** Whether the deck answered recently: a closed or reloading deck window does not. */
  connected(): boolean;
  close(): void;
}

/** The deck in this same window, as its side of the speaker view offers it (deck-side/deck-bridge.ts). */
export interface LocalDeck {
  state(): DeckState;
  /** Calls `listener` on every change; returns what stops it. */
  subscribe(listener: (state: DeckState) => void): () => void;
  execute(command: Command): void;
}

/** How often the view says hello to the deck, and how long without an answer it counts as cut off. */
const HELLO_EVERY_MS = 1000;
const SILENCE_MS = 3500;

/**
 * The view's end of the line to the deck in the window that opened it (see DeckChannel): every message carries the
 * pair's secret and goes to that window only, at our origin; only its answers with the secret are heard.
 */
export class OpenerLink implements DeckLink {
  private readonly listeners = new Set<(state: DeckState) => void>();
  private lastHeard = Number.NEGATIVE_INFINITY;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly onMessage = (event: MessageEvent) => {
    if (!fromOurOrigin(event) || event.source !== this.deck) return;
    const data = readMessage(event.data, this.secret);
    if (data?.type !== 'state') return;
    this.lastHeard = Date.now();
    for (const listener of this.listeners) listener(data.state);
  };

  /** The deck hears at once that this page goes (closed, reloaded or navigated away), and stops talking to it. */
  private readonly onPageHide = () => {
    this.post({ type: 'bye' });
  };

  constructor(
    private readonly deck: Window | null,
    private readonly secret: string | null,
  ) {
    window.addEventListener('message', this.onMessage);
    window.addEventListener('pagehide', this.onPageHide);
    this.hello();
    this.timer = setInterval(() => {
      this.hello();
    }, HELLO_EVERY_MS);
  }

  private hello(): void {
    this.post({ type: 'hello' });
  }

  private post(body: Body): void {
    if (this.deck !== null && !this.deck.closed && this.secret !== null) {
      this.deck.postMessage(message(body, this.secret), targetOrigin());
    }
  }

  send(command: Command): void {
    this.post({ type: 'command', command });
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
    window.removeEventListener('pagehide', this.onPageHide);
  }
}

/** The line to the deck in this same window: the in-window view. */
export class LocalLink implements DeckLink {
  private readonly stops: (() => void)[] = [];

  constructor(private readonly bridge: LocalDeck) {}

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
