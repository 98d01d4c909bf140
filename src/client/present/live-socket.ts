import type * as v from 'valibot';
import { LIVE_PATH, parseMessage, type ClientMessage } from '../../protocol/live.ts';

/**
 * `connecting` before the first answer, `open` while connected, `lost` between tries, `unserved` from a folder,
 * `refused` when the server turned the page's secret away (no use trying again with it).
 */
export type LinkStatus = 'connecting' | 'open' | 'lost' | 'unserved' | 'refused';

/** The close code the server gives a wrong secret or a malformed message. */
const POLICY_VIOLATION = 1008;

export interface LiveSocketOptions<T extends { type: string }> {
  /** What the page reads of the server's messages: anything else is dropped. */
  readonly schema: v.GenericSchema<unknown, T>;
  /** The first message on every connection: who this page is (with the secret, for the deck and the clicker). */
  readonly hello: () => ClientMessage;
  readonly onMessage: (message: T) => void;
  readonly onStatus: (status: LinkStatus) => void;
}

export interface LiveSocket {
  send(message: ClientMessage): void;
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
    return { send: () => undefined };
  }
  const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${LIVE_PATH}`;
  let socket: WebSocket | undefined;
  let failures = 0;
  let retry: number | undefined;

  const connect = () => {
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
      if (event.code === POLICY_VIOLATION) {
        options.onStatus('refused');
        return;
      }
      options.onStatus('lost');
      const wait = Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** failures) * (0.75 + Math.random() / 2);
      failures += 1;
      retry = window.setTimeout(connect, wait);
    });
  };

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    const stale = socket;
    connect();
    stale?.close();
  });
  options.onStatus('connecting');
  connect();
  return {
    send(message) {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    },
  };
}
