import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Position } from '../../protocol/live.ts';
import { inMemoryBroadcaster, type Broadcaster } from './broadcaster.ts';
import { guardDoors, type DoorStats } from './doors.ts';
import { staticFiles } from './files.ts';
import { sendJson } from './headers.ts';
import { connectionGate, DEFAULT_LIMITS, type ConnectionLimits } from './limits.ts';
import { TalkState } from './live-state.ts';
import { httpOrigin, lanAddress, localAddresses, ownAddress, originPolicy, type OriginPolicy } from './origin.ts';
import { qrSvg } from './qr.ts';
import { createRelay, type RelayStats } from './relay.ts';
import { handleApi } from './routes.ts';
import { makeSecret } from './secret.ts';
import { keptTalk } from './store.ts';

export interface PresentOptions {
  /** The built deck (dist/): the only folder served. */
  readonly root: string;
  /** Where to listen: `0.0.0.0` for the hall's network, `127.0.0.1` to keep it on this machine; IPv6 too. */
  readonly host: string;
  /** 0 for any free port. */
  readonly port: number;
  /**
   * Where the talk is kept between runs (the presenter's secret and the last position; src/node/present/store.ts).
   * Without it, nothing is kept.
   */
  readonly stateFolder?: string;
  /** Forget the kept secret and make a new one (`--new-key`). */
  readonly newKey?: boolean;
  /** The presenter's secret, over the kept one (the bench and tests); a fresh one when neither is given. */
  readonly secret?: string;
  readonly limits?: Partial<ConnectionLimits>;
  /** How often every live socket must prove it reads (default 30 s). */
  readonly heartbeatMs?: number;
  readonly broadcaster?: Broadcaster;
  /** Where the server's one-line notices go (default: stderr). */
  readonly log?: (line: string) => void;
}

type ServerStats = RelayStats & DoorStats;

export interface PresentServer {
  readonly port: number;
  /** For the hall: the audience's page on the local network address. */
  readonly audienceUrl: string;
  /** For this machine only: the deck as presenter, the secret in the fragment (never sent by a browser). */
  readonly presenterUrl: string;
  /** For the speaker's phone, shown only as a QR code to the presenter: the clicker, the secret in the fragment. */
  readonly remoteUrl: string;
  readonly stats: ServerStats;
  /** Stops; with `ended`, every page is told first that the talk has ended. */
  close(options?: { ended?: boolean }): Promise<void>;
}

function listen(server: ReturnType<typeof createServer>, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts the hall's server: the build's files, the live relay, and the presenter's few endpoints. */
export async function startPresentServer(options: PresentOptions): Promise<PresentServer> {
  const log =
    options.log ??
    ((line: string) => {
      console.error(line);
    });
  const kept =
    options.stateFolder === undefined
      ? undefined
      : keptTalk(options.stateFolder, { newKey: options.newKey === true, warn: log });
  const secret = options.secret ?? kept?.secret ?? makeSecret();
  const broadcaster = options.broadcaster ?? inMemoryBroadcaster();
  const talk = new TalkState();
  // The last position of the previous run: phones return to it as soon as they reconnect, before the deck does.
  if (kept?.position) talk.moveTo(kept.position);
  const relay = createRelay(secret, talk, broadcaster, {
    ...(options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs }),
    ...(kept === undefined
      ? {}
      : {
          onPosition: (position: Position) => {
            kept.savePosition(position);
          },
        }),
  });
  const stats: ServerStats = Object.assign(relay.stats, { turnedAway: 0, limited: 0, malformed: 0, errors: 0 });
  const files = staticFiles(options.root, log);
  let origins: OriginPolicy = originPolicy([], 0);
  const urls = { audience: '', presenter: '', remote: '' };
  let audienceQr: Promise<string> | undefined;
  const context = {
    secret,
    get origins() {
      return origins;
    },
    broadcaster,
    audienceUrl: () => urls.audience,
    remoteUrl: () => urls.remote,
    audienceQr: () => (audienceQr ??= qrSvg(urls.audience)),
  };
  const server = createServer({ connectionsCheckingInterval: 2_000 });
  // A client that trickles its headers (or a body) holds a connection: it has ten seconds for the headers.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  guardDoors(server, {
    stats,
    log,
    gate: connectionGate(limits),
    limits,
    originPolicy: () => origins,
    upgrade: (request, socket, head) => {
      relay.upgrade(request, socket, head);
    },
    respond: async (request, response, pathname) => {
      if (await handleApi(request, response, pathname, context)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.setHeader('Allow', 'GET, HEAD');
        sendJson(response, 405, { error: 'read-only' });
        return;
      }
      if (!files.serve(request, response, pathname)) sendJson(response, 404, { error: 'not found' });
    },
  });

  const port = await listen(server, options.host, options.port);
  const addresses = localAddresses(options.host);
  origins = originPolicy(addresses, port);
  const hall = httpOrigin(lanAddress(addresses), port);
  const own = httpOrigin(ownAddress(options.host), port);
  const fragment = `#key=${secret}`;
  urls.audience = `${hall}/follow.html`;
  urls.presenter = `${own}/index.html?present${fragment}`;
  urls.remote = `${hall}/remote.html${fragment}`;

  return {
    port,
    audienceUrl: urls.audience,
    presenterUrl: urls.presenter,
    remoteUrl: urls.remote,
    stats,
    async close(closeOptions = {}) {
      if (closeOptions.ended === true) {
        talk.end();
        relay.announce();
      }
      relay.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
