import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import { CommandSchema, MAX_MESSAGE_BYTES } from '../../protocol/live.ts';
import type { Broadcaster } from './broadcaster.ts';
import { sendJson } from './headers.ts';
import type { OriginPolicy } from './origin.ts';
import { qrSvg } from './qr.ts';
import { bearer, secretMatches } from './secret.ts';

export interface RouteContext {
  readonly secret: string;
  readonly origins: OriginPolicy;
  readonly broadcaster: Broadcaster;
  /** The audience's address, and the phone clicker's (secret in its fragment). */
  readonly audienceUrl: () => string;
  readonly remoteUrl: () => string;
  /** The audience's address as a QR code, made once (not once per phone). */
  readonly audienceQr: () => Promise<string>;
}

const CommandBody = v.strictObject({ command: CommandSchema });

/** The path of a request's target, or undefined when it is not one (`//[`, `http://[`): never a throw. */
export function requestPath(target: string | undefined): string | undefined {
  if (target === undefined || !target.startsWith('/')) return undefined;
  try {
    return new URL(target, 'http://x').pathname;
  } catch {
    return undefined;
  }
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_MESSAGE_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A request that may change something or reveal the secret: our own page, holding the secret. */
function authorised(request: IncomingMessage, context: RouteContext): 'ok' | 'origin' | 'secret' {
  if (!context.origins.originAllowed(request.headers.origin)) return 'origin';
  const key = bearer(request.headers.authorization);
  return key !== undefined && secretMatches(key, context.secret) ? 'ok' : 'secret';
}

/**
 * The server's few endpoints; true when `request` was one of them. The audience's one is read-only (GET); the
 * presenter's need our Origin and the secret in a header, never in a URL.
 */
export async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  context: RouteContext,
): Promise<boolean> {
  const route = `${request.method ?? ''} ${pathname}`;
  switch (route) {
    case 'GET /api/qr/audience': {
      sendJson(response, 200, { url: context.audienceUrl(), svg: await context.audienceQr() });
      return true;
    }
    case 'POST /api/qr/remote':
    case 'POST /api/command': {
      const verdict = authorised(request, context);
      if (verdict !== 'ok') {
        sendJson(response, 403, { error: verdict === 'origin' ? 'foreign origin' : 'not the presenter' });
        return true;
      }
      if (route === 'POST /api/qr/remote') {
        sendJson(response, 200, { svg: await qrSvg(context.remoteUrl()) });
        return true;
      }
      const body = await readBody(request);
      const parsed = v.safeParse(CommandBody, body === undefined ? undefined : parseJson(body));
      if (!parsed.success) {
        sendJson(response, 400, { error: 'expected {"command": "next" | "prev" | "blank"} under 4 KB' });
        return true;
      }
      context.broadcaster.publish('command', JSON.stringify({ type: 'command', command: parsed.output.command }));
      response.statusCode = 204;
      response.end();
      return true;
    }
    default:
      return route.includes(' /api/') ? (sendJson(response, 404, { error: 'no such endpoint' }), true) : false;
  }
}
