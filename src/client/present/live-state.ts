import { ServerMessageSchema, type ClientMessage, type LiveState } from '../../protocol/live.ts';
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
