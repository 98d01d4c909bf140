import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect as tcp } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPresentServer, type PresentServer } from '../../../../src/node/present/server.ts';
import { connect, position } from './live-client.ts';

// Every door of the hall's server, attacked as a stranger on the Wi-Fi would: raw bytes on TCP, no browser, no
// library that would tidy a request up. An exception anywhere in the server fails this file (Vitest reports it).

const SECRET = 'fuzzfuzzfuzzfuzzfuzzfuzzfuzz0123';
let root = '';
let server: PresentServer;
let host = '';
const lines: string[] = [];

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const TARGETS = [
  '//[',
  'http://[',
  '/live',
  '//live',
  '/%',
  '/%E0%A4%A',
  '/..%2f..%2fetc/passwd',
  '*',
  '',
  '/\u0000',
  '/live?x=%',
];
const METHODS = ['GET', 'POST', 'PUT', 'OPTIONS', 'CONNECT', 'TRACE', 'BREW', 'G\u00e9T', ''];

/** One malformed (or merely hostile) request, from `pick`. */
function hostile(pick: () => number): string {
  const choose = <T>(items: readonly T[]): T => items[Math.floor(pick() * items.length)] as T;
  const target = choose(TARGETS);
  const upgrade = pick() < 0.6;
  const headers = [
    pick() < 0.8 ? `Host: ${choose([host, 'evil.example', '', '[', `${host}:99999`])}` : '',
    upgrade ? 'Upgrade: websocket' : '',
    upgrade ? `Connection: ${choose(['Upgrade', 'upgrade, keep-alive', 'close'])}` : '',
    upgrade && pick() < 0.5 ? `Sec-WebSocket-Key: ${choose(['dGhlIHNhbXBsZSBub25jZQ==', 'x', ''])}` : '',
    upgrade && pick() < 0.5 ? `Sec-WebSocket-Version: ${choose(['13', '8', 'abc'])}` : '',
    pick() < 0.5 ? `Origin: ${choose([`http://${host}`, 'null', 'http://[', 'http://evil.example'])}` : '',
    pick() < 0.2 ? `Content-Length: ${choose(['-1', '99999999999999999999', 'abc', '5'])}` : '',
    pick() < 0.1 ? 'Transfer-Encoding: chunked\r\nContent-Length: 3' : '',
    pick() < 0.1 ? `X-Long: ${'a'.repeat(20_000)}` : '',
    pick() < 0.1 ? 'no colon here' : '',
  ].filter((header) => header !== '');
  const version = choose(['HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', '', 'HTTP/1.1 extra']);
  return `${choose(METHODS)} ${target} ${version}\r\n${headers.join('\r\n')}\r\n\r\n${pick() < 0.2 ? 'body' : ''}`;
}

/** Sends `bytes` on a fresh TCP connection; resets it after `resetAfter` bytes (or at once, mid-request). */
function send(bytes: string, resetAfter: number | undefined): Promise<void> {
  return new Promise((resolve) => {
    const socket = tcp(server.port, '127.0.0.1');
    socket.on('error', () => undefined);
    const finish = () => {
      socket.destroy();
      resolve();
    };
    socket.setTimeout(3_000, finish);
    socket.on('close', finish);
    socket.on('connect', () => {
      if (resetAfter === undefined) {
        socket.on('data', () => undefined);
        socket.end(bytes);
      } else {
        socket.write(bytes.slice(0, resetAfter), () => {
          socket.resetAndDestroy();
          resolve();
        });
      }
    });
  });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'present-fuzz-'));
  writeFileSync(path.join(root, 'follow.html'), `<!doctype html><title>follow</title>${'<p>words'.repeat(200)}`);
  server = await startPresentServer({
    root,
    host: '127.0.0.1',
    port: 0,
    secret: SECRET,
    // Every attack reaches the deepest door: no cap or rate turns it away first (those are tested on their own).
    limits: { maxPerAddress: 10_000, opensPerSecond: 100_000 },
    log: (line) => lines.push(line),
  });
  host = `127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the hall server under a stranger’s requests', () => {
  it('survives the request that ended the talk: an upgrade for //[ without Origin or key, then resets', async () => {
    const request = `GET //[ HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n`;
    await send(request, undefined);
    await Promise.all(Array.from({ length: 60 }, () => send(request, request.length)));
    expect((await fetch(`http://${host}/follow.html`)).status).toBe(200);
  });

  it('answers hundreds of malformed requests, upgrades and resets, then still serves a page and relays a move', async () => {
    const pick = random(19);
    const attacks = Array.from({ length: 600 }, () => {
      const bytes = hostile(pick);
      const reset = pick() < 0.35 ? Math.floor(pick() * bytes.length) : undefined;
      return () => send(bytes, reset);
    });
    for (let start = 0; start < attacks.length; start += 25) {
      await Promise.all(attacks.slice(start, start + 25).map((attack) => attack()));
    }
    expect(server.stats.errors).toBe(0);
    expect(server.stats.malformed + server.stats.refused).toBeGreaterThan(100);

    const page = await fetch(`http://${host}/follow.html`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>follow</title>');
    const listener = await connect(server.port);
    listener.send({ type: 'listen' });
    const deck = await connect(server.port);
    deck.send({ type: 'auth', role: 'presenter', key: SECRET });
    await deck.next((message) => message.type === 'welcome');
    deck.send({ type: 'position', position: position('kyoto-2', 3) });
    const moved = await listener.next((message) => message.type === 'state' && message.position?.slide === 'kyoto-2');
    expect(moved).toMatchObject({ presenter: true });
    listener.socket.terminate();
    deck.socket.terminate();
    // Nothing a stranger sent made the server log a failure of its own.
    expect(lines.filter((line) => line.includes('failed'))).toEqual([]);
  });
});
