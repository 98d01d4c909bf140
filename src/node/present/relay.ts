import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  ClientMessageSchema,
  MAX_MESSAGE_BYTES,
  parseMessage,
  type ClientMessage,
  type Role,
} from '../../protocol/live.ts';
import type { Broadcaster } from './broadcaster.ts';
import type { TalkState } from './live-state.ts';
import { tokenBucket } from './rate-limit.ts';
import { secretMatches } from './secret.ts';

/** What the relay counts, for tests and the bench: refusals are asserted, not assumed. */
export interface RelayStats {
  connections: number;
  /** Well-formed messages a socket had no right to send (a position from an audience page), or over its rate. */
  dropped: number;
  /** Sockets closed for a malformed or oversized message, or a wrong secret. */
  refused: number;
}

/** A socket must say who it is within this time, or it is closed. */
const HELLO_TIMEOUT_MS = 5_000;
/** Messages a socket may send: a burst, then a steady rate; far beyond that it is closed. */
const RATE = { perSecond: 10, burst: 30, closeAfterDrops: 200 };
const POLICY_VIOLATION = 1008;
/** A phone that sleeps or leaves the hall's Wi-Fi says nothing: one that misses a ping for this long is let go. */
const HEARTBEAT_MS = 30_000;

type Kind = 'new' | 'audience' | Role;

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
 */
export function createRelay(secret: string, talk: TalkState, broadcaster: Broadcaster): Relay {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, clientTracking: true });
  const kinds = new Map<WebSocket, Kind>();
  const stats: RelayStats = { connections: 0, dropped: 0, refused: 0 };

  const announce = () => {
    broadcaster.publish('state', JSON.stringify(talk.snapshot()));
  };
  const unsubscribeState = broadcaster.subscribe('state', (message) => {
    // Encoded once for the whole hall, not once a listener.
    const frame = Buffer.from(message, 'utf8');
    for (const [socket, kind] of kinds) if (kind !== 'new') socket.send(frame, { binary: false });
  });
  const unsubscribeCommand = broadcaster.subscribe('command', (message) => {
    for (const [socket, kind] of kinds) if (kind === 'presenter') socket.send(message);
  });

  const silent = new Set<WebSocket>();
  const heartbeat = setInterval(() => {
    for (const socket of kinds.keys()) {
      if (silent.has(socket)) socket.terminate();
      else {
        silent.add(socket);
        socket.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const refuse = (socket: WebSocket, why: string) => {
    stats.refused += 1;
    socket.close(POLICY_VIOLATION, why);
  };

  function handle(socket: WebSocket, kind: Kind, message: ClientMessage): void {
    if (message.type === 'listen' && kind === 'new') {
      kinds.set(socket, 'audience');
      socket.send(JSON.stringify(talk.snapshot()));
    } else if (message.type === 'auth' && kind === 'new') {
      if (!secretMatches(message.key, secret)) {
        refuse(socket, 'wrong secret');
        return;
      }
      kinds.set(socket, message.role);
      socket.send(JSON.stringify({ type: 'welcome', role: message.role }));
      if (message.role === 'presenter') {
        talk.presenterJoined();
        announce();
      } else socket.send(JSON.stringify(talk.snapshot()));
    } else if (message.type === 'position' && kind === 'presenter') {
      talk.moveTo(message.position);
      announce();
    } else if (message.type === 'command' && (kind === 'remote' || kind === 'presenter')) {
      broadcaster.publish('command', JSON.stringify(message));
    } else stats.dropped += 1;
  }

  wss.on('connection', (socket: WebSocket) => {
    stats.connections += 1;
    kinds.set(socket, 'new');
    socket.on('pong', () => silent.delete(socket));
    const bucket = tokenBucket(RATE.perSecond, RATE.burst);
    let drops = 0;
    const hello = setTimeout(() => {
      if (kinds.get(socket) === 'new') refuse(socket, 'no hello');
    }, HELLO_TIMEOUT_MS);
    socket.on('message', (data, isBinary) => {
      const kind = kinds.get(socket) ?? 'new';
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
      silent.delete(socket);
      const kind = kinds.get(socket);
      kinds.delete(socket);
      if (kind === 'presenter') {
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
      clearInterval(heartbeat);
      unsubscribeState();
      unsubscribeCommand();
      for (const socket of kinds.keys()) socket.close(1001, 'server stopping');
      wss.close();
    },
  };
}
