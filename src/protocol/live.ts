import * as v from 'valibot';
import { SecretSchema } from './secret.ts';

/**
 * The live talk's messages between the hall's server and its pages (the deck, the audience's page, the phone
 * clicker). Pure data and schemas, shared by the server (src/node/present) and the pages (src/client), so that both
 * sides parse what crosses the wire against one definition.
 */

/** The largest message either side accepts, in bytes: a position is about 400. */
export const MAX_MESSAGE_BYTES = 4096;

/** The WebSocket path on the hall's server. */
export const LIVE_PATH = '/live';

/**
 * Close codes the server gives a page: a wrong secret or a malformed message (1008, the protocol's own), and, to a
 * presenter deck, that a newer presenter connection (another tab, another machine with the key) took over. A page
 * closed with either does not come back by itself.
 */
export const CLOSE_REFUSED = 1008;
export const CLOSE_SUPERSEDED = 4001;

const Count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const Text = v.pipe(v.string(), v.maxLength(300));

/** The longest talk time a clock carries, in milliseconds: a day. */
const MAX_TALK_MS = 86_400_000;

/** Why talk time stands still, or `running`: before the first advance, held (P), or the screen blank (B, W). */
export const CLOCK_STATES = ['unstarted', 'running', 'held', 'blank'] as const;

/**
 * The talk's one clock, as the deck reports it with its position: the speaker view's (through the deck), or the
 * deck's own where no speaker view is open. Figures at the time of the report; while `state` is `running`, each page
 * adds the time since the report came, by its own clock, so no two machines' clocks are ever compared.
 */
const ClockSchema = v.strictObject({
  /** Talk time: since the talk started, less every pause. */
  talkMs: Count(MAX_TALK_MS),
  state: v.picklist(CLOCK_STATES),
  /** The plan's time left on this slide; negative once the slide overruns. */
  slideLeftMs: v.pipe(v.number(), v.integer(), v.minValue(-MAX_TALK_MS), v.maxValue(MAX_TALK_MS)),
  /** Whose clock it is: the speaker view's, or the deck's own. */
  from: v.picklist(['speaker', 'deck']),
});
export type Clock = v.InferOutput<typeof ClockSchema>;

/** Where the speaker is: what the deck reports and every listener receives. */
export const PositionSchema = v.strictObject({
  /** The slide's id, as in the deck (`#/id`) and the reading view (`read-id`). */
  slide: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/)),
  /** Zero-based index of the slide, and how many there are. */
  index: Count(999),
  total: v.pipe(Count(1000), v.minValue(1)),
  headline: Text,
  /** The next slide's headline; empty on the last slide. */
  next: Text,
  /** The screen is black (or paused): the audience keeps reading. */
  blank: v.boolean(),
  /** The blank screen's colour (B black, W white); absent while the slide shows. */
  blankScreen: v.optional(v.picklist(['black', 'white'])),
  /** The paragraph of the passage the speaker is at, where the speaker view paces it. */
  paragraph: v.optional(Count(99)),
  /** The plan, in seconds: where this slide starts and how long the whole talk is. */
  plannedAt: Count(36_000),
  plannedTotal: Count(36_000),
  /** Talk time at the report; absent from a deck that keeps none. */
  clock: v.optional(ClockSchema),
});
export type Position = v.InferOutput<typeof PositionSchema>;

export const CommandSchema = v.picklist(['next', 'prev', 'blank']);

const ROLES = ['presenter', 'remote'] as const;
export type Role = (typeof ROLES)[number];

/** What a page may send. Only a socket that proved the secret may send a position or a command. */
export const ClientMessageSchema = v.variant('type', [
  /** An audience member's page: read-only. */
  v.strictObject({ type: v.literal('listen') }),
  /** The deck (`presenter`) or the phone clicker (`remote`), proving the secret in the first message. */
  v.strictObject({ type: v.literal('auth'), role: v.picklist(ROLES), key: SecretSchema }),
  v.strictObject({ type: v.literal('position'), position: PositionSchema }),
  v.strictObject({ type: v.literal('command'), command: CommandSchema }),
]);
export type ClientMessage = v.InferOutput<typeof ClientMessageSchema>;

/** The talk as every page sees it; the position's clock brought up to the time the server sends it. */
const LiveStateSchema = v.strictObject({
  type: v.literal('state'),
  /** The last position reported; null before the speaker starts. */
  position: v.nullable(PositionSchema),
  /** A presenter (the deck) is connected now. */
  presenter: v.boolean(),
  /** The server is shutting down: the talk is over. */
  ended: v.boolean(),
});
export type LiveState = v.InferOutput<typeof LiveStateSchema>;

/** What the server may send. */
export const ServerMessageSchema = v.variant('type', [
  LiveStateSchema,
  /** To the deck only: the phone clicker's command. */
  v.strictObject({ type: v.literal('command'), command: CommandSchema }),
  /** To a socket that proved the secret. */
  v.strictObject({ type: v.literal('welcome'), role: v.picklist(ROLES) }),
]);
export type ServerMessage = v.InferOutput<typeof ServerMessageSchema>;

/**
 * What the deck reads of the server's messages: only whether it was let in and the clicker's commands. Lighter than
 * {@link ServerMessageSchema}, since every byte of the deck's first load counts; a state is let through as `state`.
 */
export const DeckMessageSchema = v.object({
  type: v.picklist(['state', 'command', 'welcome']),
  command: v.optional(CommandSchema),
});

/** Parses one message's text against `schema`, or undefined when it is not JSON or not of that shape. */
export function parseMessage<T extends v.GenericSchema>(schema: T, text: string): v.InferOutput<T> | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = v.safeParse(schema, data);
  return result.success ? result.output : undefined;
}

/**
 * The event on the deck's window by which the speaker view tells where its paced script is, `{ slide, paragraph }`:
 * the deck, presented from the hall's server, relays it so that the audience's page marks that paragraph.
 */
export const PACED_EVENT = 'speech-deck:paced';

/** A QR code as the hall's server sends it: SVG markup, shown as an image so that nothing in it can run. */
const QrSvgSchema = v.pipe(v.string(), v.regex(/^<svg[^]{0,100000}$/));

/** `GET /api/qr/audience`: the audience's address and its code. */
export const AudienceQrSchema = v.strictObject({
  url: v.pipe(v.string(), v.regex(/^http:\/\/[\w.:[\]-]{1,100}\/follow\.html$/)),
  svg: QrSvgSchema,
});

/** `POST /api/qr/remote`, for the presenter only: the code that pairs the phone clicker (it carries the secret). */
export const RemoteQrSchema = v.strictObject({ svg: QrSvgSchema });

/** A clock `elapsedMs` after its report: talk time runs on (and the slide's time runs down) only while it runs. */
export function clockAfter(clock: Clock, elapsedMs: number): Clock {
  if (clock.state !== 'running') return clock;
  const elapsed = Math.max(0, Math.round(elapsedMs));
  return {
    ...clock,
    talkMs: Math.min(MAX_TALK_MS, clock.talkMs + elapsed),
    slideLeftMs: Math.max(-MAX_TALK_MS, clock.slideLeftMs - elapsed),
  };
}
