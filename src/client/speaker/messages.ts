/** What the deck tells the speaker view: where it stands. */
export interface DeckState {
  /** 0-based position of the current slide. */
  readonly index: number;
  readonly total: number;
  /** Blanked with B or `.`: the audience sees nothing, and talk time stands still. */
  readonly blanked: boolean;
}

/** What the speaker view asks of the deck. */
export type Command =
  | { readonly go: 'next' | 'prev' | 'first' | 'last' }
  | { readonly go: 'slide'; readonly index: number }
  | { readonly blank: 'toggle' };

/** Every message of ours carries this, so that other messages to the window (extensions, tools) are ignored. */
const NAMESPACE = 'speech-deck/speaker';

/** The view says hello every second; the deck answers with its state; the view sends commands. */
type Body =
  | { readonly type: 'hello' }
  | { readonly type: 'state'; readonly state: DeckState }
  | { readonly type: 'command'; readonly command: Command };

export type Message = Body & { readonly namespace: typeof NAMESPACE };

export function message(body: Body): Message {
  return { namespace: NAMESPACE, ...body };
}

/** Our message, or undefined for anything else that reaches the window. */
export function readMessage(data: unknown): Message | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const candidate = data as Partial<Message>;
  return candidate.namespace === NAMESPACE ? (candidate as Message) : undefined;
}

/**
 * A message from a window of this deck: the same origin, which from `file://` is the opaque origin "null" on both
 * sides (postMessage is the one channel between two file:// windows that Chromium allows).
 */
export function fromThisDeck(event: MessageEvent): boolean {
  return event.source !== null && event.source !== window && event.origin === window.origin;
}
