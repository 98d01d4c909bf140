import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { LIVE_PATH } from '../../protocol/live.ts';
import { sendJson, setSecurityHeaders } from './headers.ts';
import { perAddressRate, type ConnectionLimits, type connectionGate } from './limits.ts';
import type { OriginPolicy } from './origin.ts';
import { requestPath } from './routes.ts';

/** What the doors count, beside the relay's own figures. */
export interface DoorStats {
  refused: number;
  /** TCP connections turned away at a cap (in all, or from one address). */
  turnedAway: number;
  /** Requests and upgrades refused for their rate. */
  limited: number;
  /** Malformed or reset requests, answered 400 or dropped by the HTTP layer. */
  malformed: number;
  /** Errors in a handler, logged and answered, never fatal. */
  errors: number;
}

export interface Doors {
  readonly stats: DoorStats;
  readonly log: (line: string) => void;
  readonly gate: ReturnType<typeof connectionGate>;
  readonly limits: ConnectionLimits;
  readonly originPolicy: () => OriginPolicy;
  /** Takes a checked upgrade to /live. */
  readonly upgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Answers a checked request (our Host, a path that parses). */
  readonly respond: (request: IncomingMessage, response: ServerResponse, pathname: string) => Promise<void>;
}

/** An error as one line for the log: a stranger's request must never print a stack or stop the talk. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}

/** API calls one address may make: a presenter's page needs a few a minute; a script gets 429. */
const API_RATE = { perSecond: 5, burst: 20 };

/** Answers a refused request or upgrade and lets go of its socket whatever the client does next. */
function refuseSocket(socket: Duplex, status: number): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () =>
    socket.destroy(),
  );
  // A client that never reads would hold the socket open: it has a second at most.
  setTimeout(() => socket.destroy(), 1_000).unref();
}

/**
 * Every way into the server, each unable to throw: connections over a cap are dropped before a byte is read, a
 * request target that does not parse gets 400, a foreign Host 421, an API call over its rate 429, and an error in a
 * handler is logged as one line and answered 500. Upgrades get an error handler before anything is written, and a
 * refused one has its socket destroyed.
 */
export function guardDoors(server: Server, doors: Doors): void {
  const { stats, log } = doors;
  const apiRate = perAddressRate(API_RATE.perSecond, API_RATE.burst);
  const upgradeRate = perAddressRate(doors.limits.opensPerSecond, doors.limits.opensPerSecond * 6);
  const failed = (error: unknown) => {
    stats.errors += 1;
    log(`present: a request failed and was answered 500: ${oneLine(error)}`);
  };

  // A client that trickles its headers (or a body) holds a connection: it has ten seconds for the headers.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const answer = (error: unknown) => {
      failed(error);
      if (!response.headersSent) sendJson(response, 500, { error: 'server error' });
      else response.destroy();
    };
    try {
      setSecurityHeaders(response);
      if (!doors.originPolicy().hostAllowed(request.headers.host)) {
        sendJson(response, 421, { error: 'unknown host' });
        return;
      }
      const pathname = requestPath(request.url);
      if (pathname === undefined) {
        stats.malformed += 1;
        sendJson(response, 400, { error: 'bad request target' });
        return;
      }
      if (pathname.startsWith('/api/') && !apiRate.take(request.socket.remoteAddress)) {
        stats.limited += 1;
        response.setHeader('Retry-After', '1');
        sendJson(response, 429, { error: 'too many requests' });
        return;
      }
      doors.respond(request, response, pathname).catch(answer);
    } catch (error) {
      answer(error);
    }
  });
  let saidFull = -Infinity;
  server.on('connection', (socket: Socket) => {
    if (doors.gate.admit(socket)) return;
    stats.turnedAway += 1;
    socket.destroy();
    // The speaker should know the hall is full (or that one address holds too much), once a minute at most.
    if (performance.now() - saidFull < 60_000) return;
    saidFull = performance.now();
    const { maxConnections, maxPerAddress } = doors.limits;
    log(
      `present: turned away a connection from ${socket.remoteAddress ?? 'an unknown address'}: over the cap of ` +
        `${maxConnections} in all or ${maxPerAddress} per address (--max-connections, --max-per-address).`,
    );
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    stats.malformed += 1;
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    refuseSocket(socket, status);
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // First, before a byte is written: a client that resets the connection must find a listener.
    socket.on('error', () => socket.destroy());
    try {
      const pathname = requestPath(request.url);
      const origins = doors.originPolicy();
      const status =
        pathname === undefined
          ? 400
          : pathname !== LIVE_PATH
            ? 404
            : !origins.hostAllowed(request.headers.host) || !origins.originAllowed(request.headers.origin)
              ? 403
              : !upgradeRate.take(request.socket.remoteAddress)
                ? 429
                : 0;
      if (status === 0) {
        doors.upgrade(request, socket, head);
        return;
      }
      if (status === 429) stats.limited += 1;
      else stats.refused += 1;
      refuseSocket(socket, status);
    } catch (error) {
      failed(error);
      socket.destroy();
    }
  });
  server.on('error', (error) => {
    log(`present: ${oneLine(error)}`);
  });
}
