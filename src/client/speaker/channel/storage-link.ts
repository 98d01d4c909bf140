import type { JoinWire } from './join-wire.ts';
import type { DeckLink } from './deck-link.ts';
import type { Command, DeckState } from './messages.ts';
import { SealedLine } from './sealed-line.ts';

const HELLO_EVERY_MS = 1000;
const SILENCE_MS = 3500;

/**
 * The line to the deck of a view opened by hand, which has no window of the deck to post to: sealed messages over
 * storage (sealed-line.ts), once the view holds the pair's secret (from before a reload, or from joining).
 */
export class StorageLink implements DeckLink {
  private readonly listeners = new Set<(state: DeckState) => void>();
  private line: SealedLine | null = null;
  private lastHeard = Number.NEGATIVE_INFINITY;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly onPageHide = () => {
    this.line?.send({ type: 'bye' });
  };

  constructor(
    private readonly wire: JoinWire,
    secret: string | null,
  ) {
    if (secret !== null) this.pair(secret);
    window.addEventListener('pagehide', this.onPageHide);
    this.timer = setInterval(() => {
      this.line?.send({ type: 'hello' });
    }, HELLO_EVERY_MS);
  }

  /** Whether the view holds a secret: until it does, it has to join. */
  paired(): boolean {
    return this.line !== null;
  }

  pair(secret: string): void {
    this.line?.close();
    this.line = new SealedLine(this.wire, secret, 'view', (data) => {
      if (data.type !== 'state') return;
      this.lastHeard = Date.now();
      for (const listener of this.listeners) listener(data.state);
    });
    this.line.send({ type: 'hello' });
  }

  send(command: Command): void {
    this.line?.send({ type: 'command', command });
  }

  onState(listener: (state: DeckState) => void): void {
    this.listeners.add(listener);
  }

  connected(): boolean {
    return Date.now() - this.lastHeard < SILENCE_MS;
  }

  close(): void {
    clearInterval(this.timer);
    window.removeEventListener('pagehide', this.onPageHide);
    this.line?.close();
  }
}
