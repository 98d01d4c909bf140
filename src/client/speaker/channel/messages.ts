import * as v from 'valibot';
import { SpeakerClockSchema } from '../../present/deck-clock.ts';
import { sameSecret } from './parameters.ts';

const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));

const deckStateSchema = v.object({
  /** 0-based position of the current slide. */
  index,
  total: v.pipe(index, v.minValue(1)),
  /** Blanked with B or `.` (black), W or `,` (white): the audience sees nothing, and talk time stands still. */
  blanked: v.boolean(),
  /** The blank screen's colour, while blanked. */
  blankScreen: v.optional(v.picklist(['black', 'white'])),
  /** What the deck has to tell the speaker (the hall took its key away, say), rather than show on the projector. */
  notice: v.optional(v.pipe(v.string(), v.maxLength(300))),
});

/** What the deck tells the speaker view: where it stands. */
export type DeckState = v.InferOutput<typeof deckStateSchema>;

const commandSchema = v.union([
  v.object({ go: v.picklist(['next', 'prev', 'first', 'last']) }),
  v.object({ go: v.literal('slide'), index }),
  v.object({ blank: v.literal('toggle') }),
  // Where the speaker's paced script is: the hall's audience page marks that paragraph (src/client/present).
  v.object({
    paced: v.object({
      slide: v.pipe(v.string(), v.maxLength(100)),
      paragraph: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)),
    }),
  }),
  // The view's talk time: the hall's pages show it (src/client/present/deck-clock.ts).
  v.object({ clock: SpeakerClockSchema }),
]);

/** What the speaker view asks of the deck. */
export type Command = v.InferOutput<typeof commandSchema>;

/** Every message of ours carries this, so that other messages to the window (extensions, tools) are ignored. */
const NAMESPACE = 'speech-deck/speaker';

/** What every message of ours carries: the namespace, and the secret of the pair of windows it belongs to. */
const envelope = { namespace: v.literal(NAMESPACE), secret: v.pipe(v.string(), v.maxLength(128)) };

/**
 * The view says hello every second and bye when its page goes; the deck answers with its state; the view sends
 * commands. Anything else, or anything of another shape, is not a message of ours.
 */
const messageSchema = v.variant('type', [
  v.object({ ...envelope, type: v.literal('hello') }),
  v.object({ ...envelope, type: v.literal('bye') }),
  v.object({ ...envelope, type: v.literal('state'), state: deckStateSchema }),
  v.object({ ...envelope, type: v.literal('command'), command: commandSchema }),
]);

export type Message = v.InferOutput<typeof messageSchema>;

/** A message as its sender writes it: without the envelope, which `message` adds. */
type Unwrapped<T> = T extends unknown ? Omit<T, keyof typeof envelope> : never;
export type Body = Unwrapped<Message>;

export function message(body: Body, secret: string): Message {
  return { namespace: NAMESPACE, secret, ...body };
}

/** Our message with the pair's secret, or undefined for anything else that reaches the window, whatever its shape. */
export function readMessage(data: unknown, secret: string | null): Message | undefined {
  if (secret === null) return undefined;
  const parsed = v.safeParse(messageSchema, data);
  return parsed.success && sameSecret(parsed.output.secret, secret) ? parsed.output : undefined;
}

/**
 * The origin to post to: our own, so that a window that has navigated elsewhere receives nothing. A file:// page's
 * origin is the opaque "null", which postMessage cannot name; there the secret is the guard.
 */
export function targetOrigin(): string {
  return window.origin === 'null' ? '*' : window.origin;
}

/** A message from another window of our origin ("null" on both sides from a folder). */
export function fromOurOrigin(event: MessageEvent): boolean {
  return event.source !== null && event.source !== window && event.origin === window.origin;
}
