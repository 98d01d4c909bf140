import {
  clockAfter,
  ServerMessageSchema,
  type ClientMessage,
  type Clock,
  type LiveState,
} from '../../protocol/live.ts';
import { formatDuration } from '../speaker/state/pacing.ts';
import { openLiveSocket, type LinkStatus, type LiveSocket } from './live-socket.ts';

/** What a page following the talk knows: its link to the server, the last state received, and when it came. */
export interface Followed {
  readonly link: LinkStatus;
  readonly state: LiveState | undefined;
  /** `Date.now()` when the state came, 0 before any. */
  readonly receivedAt: number;
}

export const NOT_YET_FOLLOWED: Followed = { link: 'connecting', state: undefined, receivedAt: 0 };

/** Follows the server's live state (the audience's page, the clicker): every change of link or state to `render`. */
export function followLiveState(hello: () => ClientMessage, render: (followed: Followed) => void): LiveSocket {
  let followed = NOT_YET_FOLLOWED;
  return openLiveSocket({
    schema: ServerMessageSchema,
    hello,
    onStatus(link) {
      followed = { ...followed, link };
      render(followed);
    },
    onMessage(message) {
      if (message.type !== 'state') return;
      followed = { ...followed, state: message, receivedAt: Date.now() };
      render(followed);
    },
  });
}

/**
 * The talk's clock `sinceMs` after the state came: it runs on while the speaker's deck is there and the talk goes on,
 * so a page shows the speaker's figure between messages. Undefined before the deck reports one.
 */
export function clockNow(state: LiveState, sinceMs: number): Clock | undefined {
  const clock = state.position?.clock;
  if (clock === undefined) return undefined;
  return state.presenter && !state.ended ? clockAfter(clock, sinceMs) : clock;
}

/** Talk time as every screen shows it, the speaker view's included: whole seconds gone, "4:05". */
export function talkTime(clock: Clock): string {
  return formatDuration(Math.floor(clock.talkMs / 1000));
}
