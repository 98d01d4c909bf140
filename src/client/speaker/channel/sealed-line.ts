import * as v from 'valibot';
import { open, seal, secretKey } from './join-crypto.ts';
import type { JoinWire } from './join-wire.ts';
import { message, readMessage, type Body, type Message } from './messages.ts';
import { newJoinId } from './join-wire.ts';

/** How old a sealed message may be: older ones, and any seen before, are replays. */
const FRESH_MS = 10_000;

const letterSchema = v.object({
  message: v.unknown(),
  at: v.pipe(v.number(), v.finite()),
  nonce: v.pipe(v.string(), v.maxLength(64)),
});

/**
 * One end of a pair's line over storage (join-wire.ts): every message sealed with the pair's secret, stamped and
 * numbered, so that a page of the origin can neither read it, forge it, nor send an old one again.
 */
export class SealedLine {
  private readonly key: Promise<CryptoKey>;
  private readonly seen = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly stop: () => void;

  constructor(
    private readonly wire: JoinWire,
    private readonly secret: string,
    private readonly side: 'deck' | 'view',
    receive: (message: Message) => void,
  ) {
    this.key = secretKey(secret);
    this.stop = wire.listen((data) => {
      if (data.type !== 'sealed' || data.from === side) return;
      // One at a time, in the order they came.
      this.queue = this.queue.then(async () => {
        const text = await open(await this.key, data);
        const letter = text === undefined ? undefined : this.fresh(text);
        if (letter !== undefined) receive(letter);
      });
    });
  }

  send(body: Body): void {
    const letter = { message: message(body, this.secret), at: Date.now(), nonce: newJoinId() };
    this.queue = this.queue.then(async () => {
      const sealed = await seal(await this.key, JSON.stringify(letter));
      this.wire.send({ type: 'sealed', from: this.side, ...sealed });
    });
  }

  close(): void {
    this.stop();
  }

  private fresh(text: string): Message | undefined {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return undefined;
    }
    const parsed = v.safeParse(letterSchema, data);
    if (!parsed.success) return undefined;
    const now = Date.now();
    for (const [nonce, at] of this.seen) if (now - at > FRESH_MS) this.seen.delete(nonce);
    const { at, nonce } = parsed.output;
    if (Math.abs(now - at) > FRESH_MS || this.seen.has(nonce)) return undefined;
    this.seen.set(nonce, at);
    return readMessage(parsed.output.message, this.secret);
  }
}
