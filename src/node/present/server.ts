import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { LIVE_PATH } from '../../protocol/live.ts';
import { inMemoryBroadcaster, type Broadcaster } from './broadcaster.ts';
import { sendJson, setSecurityHeaders } from './headers.ts';
import { TalkState } from './live-state.ts';
import { lanAddress, localAddresses, ownAddress, originPolicy, type OriginPolicy } from './origin.ts';
import { createRelay, type RelayStats } from './relay.ts';
import { handleApi } from './routes.ts';
import { makeSecret } from './secret.ts';

export interface PresentOptions {
  /** The built deck (dist/): the only folder served. */
  readonly root: string;
  /** Where to listen: `0.0.0.0` for the hall's network, `127.0.0.1` to keep it on this machine. */
  readonly host: string;
  /** 0 for any free port. */
  readonly port: number;
  /** The presenter's secret; a fresh one by default (tests restart a server with the same one). */
  readonly secret?: string;
  readonly broadcaster?: Broadcaster;
}

export interface PresentServer {
  readonly port: number;
  /** For the hall: the audience's page on the local network address. */
  readonly audienceUrl: string;
  /** For this machine only: the deck as presenter, the secret in the fragment (never sent by a browser). */
  readonly presenterUrl: string;
  /** For the speaker's phone, shown only as a QR code to the presenter: the clicker, the secret in the fragment. */
  readonly remoteUrl: string;
  readonly stats: RelayStats;
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
  const secret = options.secret ?? makeSecret();
  const broadcaster = options.broadcaster ?? inMemoryBroadcaster();
  const talk = new TalkState();
  const relay = createRelay(secret, talk, broadcaster);
  const files = sirv(options.root, { dev: false, etag: true, dotfiles: false });
  let origins: OriginPolicy = originPolicy([], 0);
  const urls = { audience: '', presenter: '', remote: '' };

  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    setSecurityHeaders(response);
    if (!origins.hostAllowed(request.headers.host)) {
      sendJson(response, 421, { error: 'unknown host' });
      return;
    }
    const context = {
      secret,
      origins,
      broadcaster,
      audienceUrl: () => urls.audience,
      remoteUrl: () => urls.remote,
    };
    handleApi(request, response, context)
      .then((handled) => {
        if (handled) return;
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          response.setHeader('Allow', 'GET, HEAD');
          sendJson(response, 405, { error: 'read-only' });
          return;
        }
        files(request, response, () => {
          sendJson(response, 404, { error: 'not found' });
        });
      })
      .catch(() => {
        if (!response.headersSent) sendJson(response, 500, { error: 'server error' });
      });
  };

  const server = createServer(onRequest);
  server.on('upgrade', (request: IncomingMessage, socket, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (
      path !== LIVE_PATH ||
      !origins.hostAllowed(request.headers.host) ||
      !origins.originAllowed(request.headers.origin)
    ) {
      relay.stats.refused += 1;
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    relay.upgrade(request, socket, head);
  });

  const port = await listen(server, options.host, options.port);
  const addresses = localAddresses(options.host);
  origins = originPolicy(addresses, port);
  const hall = lanAddress(addresses);
  const fragment = `#key=${secret}`;
  urls.audience = `http://${hall}:${port}/follow.html`;
  urls.presenter = `http://${ownAddress(options.host)}:${port}/index.html?present${fragment}`;
  urls.remote = `http://${hall}:${port}/remote.html${fragment}`;

  return {
    port,
    audienceUrl: urls.audience,
    presenterUrl: urls.presenter,
    remoteUrl: urls.remote,
    stats: relay.stats,
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
