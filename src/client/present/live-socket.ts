import type * as v from 'valibot';
import { CLOSE_REFUSED, CLOSE_SUPERSEDED, LIVE_PATH, parseMessage, type ClientMessage } from '../../protocol/live.ts';

/**
 * `connecting` before the first answer, `open` while connected, `lost` between tries, `unserved` from a folder,
 * `refused` when the server turned the page's secret away (no use trying again with it).
 */
export type LinkStatus = 'connecting' | 'open' | 'lost' | 'unserved' | 'refused';

export interface LiveSocketOptions<T extends { type: string }> {
  /** What the page reads of the server's messages: anything else is dropped. */
  readonly schema: v.GenericSchema<unknown, T>;
  /** The first message on every connection: who this page is (with the secret, for the deck and the clicker). */
  readonly hello: () => ClientMessage;
  readonly onMessage: (message: T) => void;
  readonly onStatus: (status: LinkStatus) => void;
  /**
   * Why the server stopped this page (status `refused`): its secret was turned away, or a newer presenter connection
   * took over. Either way the page does not come back by itself (it would only be refused again, or take the talk
   * back from the newer tab); {@link LiveSocket.reconnect} tries again when the user asks.
   */
  readonly onRefused?: (why: 'key' | 'superseded') => void;
}

export interface LiveSocket {
  send(message: ClientMessage): void;
  /** A fresh connection now (with a new key, or after a takeover, when the user asks), whatever the state. */
  reconnect(): void;
}

/** Waits between tries: doubling from half a second to ten, with jitter so that a hall does not return at once. */
const BACKOFF = { firstMs: 500, maxMs: 10_000 };

/**
 * A WebSocket to the page's own server that comes back by itself: after a server restart (with backoff), and at once
 * when a phone wakes (a sleeping phone's socket may be dead without knowing it, so a fresh one brings the position).
 */
export function openLiveSocket<T extends { type: string }>(options: LiveSocketOptions<T>): LiveSocket {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') {
    options.onStatus('unserved');
    return { send: () => undefined, reconnect: () => undefined };
  }
  const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${LIVE_PATH}`;
  let socket: WebSocket | undefined;
  let failures = 0;
  let retry: number | undefined;
  let stopped = false;

  const connect = () => {
    stopped = false;
    window.clearTimeout(retry);
    const current = new WebSocket(url);
    socket = current;
    current.addEventListener('open', () => {
      failures = 0;
      current.send(JSON.stringify(options.hello()));
    });
    current.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = typeof event.data === 'string' ? parseMessage(options.schema, event.data) : undefined;
      if (message === undefined) return;
      if (message.type === 'state' || message.type === 'welcome') options.onStatus('open');
      options.onMessage(message);
    });
    current.addEventListener('close', (event) => {
      if (socket !== current) return;
      if (event.code === CLOSE_REFUSED || event.code === CLOSE_SUPERSEDED) {
        stopped = true;
        options.onStatus('refused');
        options.onRefused?.(event.code === CLOSE_REFUSED ? 'key' : 'superseded');
        return;
      }
      options.onStatus('lost');
      const wait = Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** failures) * (0.75 + Math.random() / 2);
      failures += 1;
      retry = window.setTimeout(connect, wait);
    });
  };

  const reconnect = () => {
    const stale = socket;
    connect();
    stale?.close();
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || stopped) return;
    reconnect();
  });
  options.onStatus('connecting');
  connect();
  return {
    send(message) {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    },
    reconnect,
  };
}
