import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  ClientMessageSchema,
  CLOSE_REFUSED,
  CLOSE_SUPERSEDED,
  MAX_MESSAGE_BYTES,
  parseMessage,
  type ClientMessage,
  type Position,
  type Role,
} from '../../protocol/live.ts';
import type { Broadcaster } from './broadcaster.ts';
import type { TalkState } from './live-state.ts';
import { liveness } from './liveness.ts';
import { tokenBucket } from './rate-limit.ts';
import { secretMatches } from './secret.ts';

/** What the relay counts, for tests and the bench: refusals are asserted, not assumed. */
export interface RelayStats {
  connections: number;
  /** Well-formed messages a socket had no right to send, or over its rate. */
  dropped: number;
  /** Sockets closed for a malformed or oversized message, a wrong secret, or a word from an audience page. */
  refused: number;
  /** States not sent to a socket whose send buffer was full (it gets the next one: every state is whole). */
  skipped: number;
  /** Sockets let go for not reading (no echo of the latest ping). */
  dead: number;
  /** Presenter connections replaced by a newer one. */
  superseded: number;
}

export interface RelayOptions {
  /** How often every socket must prove it reads; the default is 30 s (tests shorten it). */
  readonly heartbeatMs?: number;
  /** The deck reported a position (to keep it for the next run). */
  readonly onPosition?: (position: Position) => void;
}

/** A socket must say who it is within this time, or it is closed. */
const HELLO_TIMEOUT_MS = 5_000;
/** Messages a socket may send: a burst, then a steady rate; far beyond that it is closed. */
const RATE = { perSecond: 10, burst: 30, closeAfterDrops: 200 };
const HEARTBEAT_MS = 30_000;
/** A state is ~500 bytes; a socket with more unsent skips states until it drains (the next one it reads is whole). */
const SEND_BUFFER_BYTES = 16 * 1024;

type Kind = 'new' | 'audience' | Role | 'superseded';

export interface Relay {
  readonly stats: RelayStats;
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Sends the state to everyone (after a change). */
  announce(): void;
  close(): void;
}

/**
 * The WebSocket relay: audience pages listen, the deck (holding the secret) reports its position, the phone
 * (holding the secret) sends commands to the deck. Nothing an audience page sends reaches anyone.
 * Every socket must show it reads (src/node/present/liveness.ts).
 */
export function createRelay(
  secret: string,
  talk: TalkState,
  broadcaster: Broadcaster,
  options: RelayOptions = {},
): Relay {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, clientTracking: false });
  const kinds = new Map<WebSocket, Kind>();
  const stats: RelayStats = { connections: 0, dropped: 0, refused: 0, skipped: 0, dead: 0, superseded: 0 };
  let presenter: WebSocket | undefined;

  /** Sends unless the socket is behind: then it skips this state (and is let go at the heartbeat if it never reads). */
  const sendState = (socket: WebSocket, frame: Buffer | string) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > SEND_BUFFER_BYTES) stats.skipped += 1;
    else socket.send(frame, { binary: false });
  };
  const announce = () => {
    broadcaster.publish('state', JSON.stringify(talk.snapshot()));
  };
  const unsubscribeState = broadcaster.subscribe('state', (message) => {
    // Encoded once for the whole hall, not once a listener.
    const frame = Buffer.from(message, 'utf8');
    for (const [socket, kind] of kinds) if (kind !== 'new' && kind !== 'superseded') sendState(socket, frame);
  });
  const unsubscribeCommand = broadcaster.subscribe('command', (message) => {
    if (presenter !== undefined) sendState(presenter, message);
  });

  const alive = liveness(options.heartbeatMs ?? HEARTBEAT_MS, () => {
    stats.dead += 1;
  });

  const refuse = (socket: WebSocket, why: string) => {
    stats.refused += 1;
    socket.close(CLOSE_REFUSED, why);
  };

  const takeOver = (socket: WebSocket) => {
    const previous = presenter;
    presenter = socket;
    if (previous === undefined) {
      talk.presenterJoined();
      return;
    }
    // One writer: the older deck is told and stops (its page shows why and does not come back by itself).
    kinds.set(previous, 'superseded');
    stats.superseded += 1;
    previous.close(CLOSE_SUPERSEDED, 'another presenter took over');
  };

  function handle(socket: WebSocket, kind: Kind, message: ClientMessage): void {
    if (message.type === 'listen' && kind === 'new') {
      kinds.set(socket, 'audience');
      sendState(socket, JSON.stringify(talk.snapshot()));
    } else if (message.type === 'auth' && kind === 'new') {
      if (!secretMatches(message.key, secret)) {
        refuse(socket, 'wrong secret');
        return;
      }
      kinds.set(socket, message.role);
      socket.send(JSON.stringify({ type: 'welcome', role: message.role }));
      if (message.role === 'presenter') {
        takeOver(socket);
        announce();
      } else socket.send(JSON.stringify(talk.snapshot()));
    } else if (message.type === 'position' && kind === 'presenter') {
      talk.moveTo(message.position);
      options.onPosition?.(message.position);
      announce();
    } else if (message.type === 'command' && (kind === 'remote' || kind === 'presenter')) {
      broadcaster.publish('command', JSON.stringify(message));
    } else if (kind === 'new') refuse(socket, 'say who you are first');
    else stats.dropped += 1;
  }

  wss.on('connection', (socket: WebSocket) => {
    stats.connections += 1;
    kinds.set(socket, 'new');
    alive.watch(socket);
    const bucket = tokenBucket(RATE.perSecond, RATE.burst);
    let drops = 0;
    const hello = setTimeout(() => {
      if (kinds.get(socket) === 'new') refuse(socket, 'no hello');
    }, HELLO_TIMEOUT_MS);
    socket.on('message', (data, isBinary) => {
      const kind = kinds.get(socket) ?? 'new';
      // An audience page says `listen` once and then only listens: a word more is not a page of ours.
      if (kind === 'audience') {
        refuse(socket, 'listeners only listen');
        return;
      }
      if (kind === 'superseded') return;
      if (!bucket.take()) {
        stats.dropped += 1;
        drops += 1;
        if (drops > RATE.closeAfterDrops) refuse(socket, 'too many messages');
        return;
      }
      const text = isBinary ? undefined : Buffer.isBuffer(data) ? data.toString('utf8') : undefined;
      const message = text === undefined ? undefined : parseMessage(ClientMessageSchema, text);
      if (message === undefined) refuse(socket, 'malformed message');
      else handle(socket, kind, message);
    });
    // An oversized message closes the socket (ws answers 1009); the server itself carries on.
    socket.on('error', () => {
      stats.refused += 1;
    });
    socket.on('close', () => {
      clearTimeout(hello);
      alive.forget(socket);
      kinds.delete(socket);
      if (presenter === socket) {
        presenter = undefined;
        talk.presenterLeft();
        announce();
      }
    });
  });

  return {
    stats,
    announce,
    upgrade(request, socket, head) {
      wss.handleUpgrade(request, socket, head, (client) => wss.emit('connection', client, request));
    },
    close() {
      alive.stop();
      unsubscribeState();
      unsubscribeCommand();
      for (const socket of kinds.keys()) socket.close(1001, 'server stopping');
      wss.close();
    },
  };
}
