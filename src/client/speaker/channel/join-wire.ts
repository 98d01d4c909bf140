import * as v from 'valibot';
import { joinWireKey } from './join-key.ts';

/**
 * The line between windows that hold no reference to each other: a speaker view opened by hand (a tab or a second
 * monitor has no opener) and the deck. localStorage's `storage` event reaches every other page of the origin, served
 * and from a folder alike (every file:// page shares it in Chromium; BroadcastChannel is not promised there, and
 * `window.open('', name)` does not find a tab opened by hand). Each message is written and removed at once: it lives
 * in the event, not in storage. Any page of the origin can read it, so nothing but a public key, a sealed secret and
 * sealed messages ever goes this way (join-crypto.ts).
 */
const NAMESPACE = 'speech-deck/join';

const base64 = v.pipe(v.string(), v.maxLength(4096), v.base64());
const id = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/));
const sealed = { iv: base64, box: base64 };

const wireSchema = v.variant('type', [
  /** A view opened by hand offers its public key, again every few seconds until it is let in. */
  v.object({ namespace: v.literal(NAMESPACE), type: v.literal('join'), id, offer: base64 }),
  /** The deck, once the speaker accepted the code, answers with its own public key and the secret sealed. */
  v.object({ namespace: v.literal(NAMESPACE), type: v.literal('welcome'), id, offer: base64, ...sealed }),
  /** A message of the pair (messages.ts), sealed with the pair's secret. */
  v.object({
    namespace: v.literal(NAMESPACE),
    type: v.literal('sealed'),
    from: v.picklist(['deck', 'view']),
    ...sealed,
  }),
]);

export type WireMessage = v.InferOutput<typeof wireSchema>;
type Unwrapped<T> = T extends unknown ? Omit<T, 'namespace'> : never;

export class JoinWire {
  private readonly key: string;

  constructor(deckTitle: string) {
    this.key = joinWireKey(deckTitle);
  }

  send(message: Unwrapped<WireMessage>): void {
    try {
      window.localStorage.setItem(this.key, JSON.stringify({ namespace: NAMESPACE, ...message }));
      window.localStorage.removeItem(this.key);
    } catch {
      // Storage switched off: no joining by hand; S in the deck still opens a paired view.
    }
  }

  /** Calls `listener` with every well-formed message other pages send; returns what stops it. */
  listen(listener: (message: WireMessage) => void): () => void {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== this.key || event.newValue === null) return;
      let data: unknown;
      try {
        data = JSON.parse(event.newValue);
      } catch {
        return;
      }
      const parsed = v.safeParse(wireSchema, data);
      if (parsed.success) listener(parsed.output);
    };
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('storage', onStorage);
    };
  }
}

/** A random id for a join request, 128 bits as 32 hex digits. */
export function newJoinId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
