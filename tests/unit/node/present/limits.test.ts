import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect as tcp, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inMemoryBroadcaster } from '../../../../src/node/present/broadcaster.ts';
import { startPresentServer, type PresentServer } from '../../../../src/node/present/server.ts';
import { connect, type TestClient } from './live-client.ts';

const SECRET = 'limitslimitslimitslimitslimits01';
let root = '';
const servers: PresentServer[] = [];
const clients: TestClient[] = [];
const raw: Socket[] = [];

async function hall(options: Partial<Parameters<typeof startPresentServer>[0]> = {}): Promise<PresentServer> {
  const server = await startPresentServer({ root, host: '127.0.0.1', port: 0, secret: SECRET, ...options });
  servers.push(server);
  return server;
}

async function client(server: PresentServer, role: 'listen' | 'presenter' | 'remote'): Promise<TestClient> {
  const made = await connect(server.port);
  clients.push(made);
  made.send(role === 'listen' ? { type: 'listen' } : { type: 'auth', role, key: SECRET });
  await made.next((message) => message.type === (role === 'listen' ? 'state' : 'welcome'));
  return made;
}

/** A client frame (masked, as every client must), of `opcode` with `payload`. */
function frame(opcode: number, payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((byte, index) => byte ^ (mask[index % 4] ?? 0)));
  return Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | payload.length]), mask, masked]);
}

/**
 * A live socket by hand, that says `listen` and then never reads a byte (paused), optionally sending a pong of its
 * own every `pongMs` to look alive.
 */
async function neverReads(server: PresentServer, pongMs?: number): Promise<{ closed: Promise<void> }> {
  const socket = tcp(server.port, '127.0.0.1');
  raw.push(socket);
  socket.on('error', () => undefined);
  await new Promise((resolve) => socket.once('connect', resolve));
  const key = randomBytes(16).toString('base64');
  socket.write(
    `GET /live HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nOrigin: http://127.0.0.1:${server.port}\r\n` +
      `Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );
  await new Promise((resolve) => socket.once('data', resolve));
  socket.pause();
  socket.write(frame(0x1, Buffer.from('{"type":"listen"}')));
  if (pongMs !== undefined) {
    const timer = setInterval(() => {
      socket.write(frame(0xa, Buffer.alloc(0)));
    }, pongMs);
    socket.once('close', () => {
      clearInterval(timer);
    });
  }
  return {
    closed: new Promise((resolve) =>
      socket.once('close', () => {
        resolve();
      }),
    ),
  };
}

function status(server: PresentServer, pathname: string, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port: server.port, path: pathname, method, agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    sent.on('error', reject);
    sent.end();
  });
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'present-limits-'));
  writeFileSync(path.join(root, 'follow.html'), '<!doctype html><title>follow</title>');
});

afterEach(async () => {
  for (const each of clients.splice(0)) each.socket.terminate();
  for (const socket of raw.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the hall server’s bounds', () => {
  it('turns away connections over the cap from one address, and in all', async () => {
    const lines: string[] = [];
    const server = await hall({ limits: { maxPerAddress: 5, maxConnections: 1000 }, log: (line) => lines.push(line) });
    const held = await Promise.all(Array.from({ length: 5 }, () => connect(server.port)));
    clients.push(...held);
    await expect(connect(server.port)).rejects.toThrow();
    expect(server.stats.turnedAway).toBeGreaterThanOrEqual(1);
    // Said to the speaker in one line (once a minute at most), naming the options.
    expect(lines).toEqual([expect.stringMatching(/^present: turned away a connection from .* --max-per-address\)\.$/)]);
    // One leaves: a place is free again.
    held[0]?.socket.terminate();
    await expect
      .poll(async () =>
        connect(server.port).then(
          (made) => (clients.push(made), 'in'),
          () => 'out',
        ),
      )
      .toBe('in');

    const small = await hall({ limits: { maxConnections: 3 }, log: () => undefined });
    clients.push(...(await Promise.all(Array.from({ length: 3 }, () => connect(small.port)))));
    await expect(connect(small.port)).rejects.toThrow();
  });

  it('limits the API routes’ rate per address (429), but not the pages', async () => {
    const server = await hall();
    const answers = [];
    for (let count = 0; count < 40; count += 1) answers.push(await status(server, '/api/qr/audience'));
    expect(answers.slice(0, 10)).toEqual(Array.from({ length: 10 }, () => 200));
    expect(answers).toContain(429);
    const pages = [];
    for (let count = 0; count < 40; count += 1) pages.push(await status(server, '/follow.html'));
    expect(new Set(pages)).toEqual(new Set([200]));
  });

  it('limits how fast one address opens live sockets', async () => {
    const server = await hall({ limits: { opensPerSecond: 2 } });
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () =>
        connect(server.port).then(
          (made) => (clients.push(made), 'open'),
          (error: unknown) => String(error),
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'open').length).toBeLessThanOrEqual(13);
    expect(outcomes.some((outcome) => outcome.includes('429'))).toBe(true);
  });

  it('lets a socket that never reads skip states, then lets it go, while a reader gets the talk’s latest state', async () => {
    // States published as another server of the hall would (docs/scaling.md): faster than a deck may report.
    const broadcaster = inMemoryBroadcaster();
    const server = await hall({ heartbeatMs: 1_000, broadcaster });
    // A reader by hand: it counts frames (the relay passes a published message as it is).
    const reader = new WebSocket(`ws://127.0.0.1:${server.port}/live`, { origin: `http://127.0.0.1:${server.port}` });
    let arrived = 0;
    let last = '';
    reader.on('message', (data: Buffer) => {
      arrived += 1;
      last = data.toString('utf8');
    });
    await new Promise((resolve) => reader.once('open', resolve));
    reader.send('{"type":"listen"}');
    await expect.poll(() => arrived).toBe(1);
    arrived = 0;
    await neverReads(server);
    // 20,000 states of 3 KB (60 MB): far more than the kernel's buffers hold for a socket that does not read.
    const state = `{"type":"state","padding":"${'x'.repeat(3000)}"}`;
    for (let index = 0; index < 20_000; index += 1) {
      broadcaster.publish('state', state);
      if (index % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
    }
    // A reader may skip states of the burst too (they all came in one turn of this process), but never the last.
    await new Promise((resolve) => setTimeout(resolve, 200));
    broadcaster.publish('state', '{"type":"state","last":true}');
    await expect.poll(() => last, { timeout: 30_000 }).toBe('{"type":"state","last":true}');
    expect(arrived).toBeGreaterThan(10_000);
    expect(server.stats.skipped).toBeGreaterThan(10_000);
    // Let go at a heartbeat (it never echoed the ping, queued behind what it never read).
    await expect.poll(() => server.stats.dead, { timeout: 10_000 }).toBe(1);
    expect(reader.readyState).toBe(reader.OPEN);
    reader.terminate();
  }, 60_000);

  it('does not count a pong the socket sent without reading: alive means it echoed the latest ping', async () => {
    const server = await hall({ heartbeatMs: 300 });
    const faker = await neverReads(server, 50);
    const reader = await client(server, 'listen');
    await faker.closed;
    expect(server.stats.dead).toBe(1);
    // The honest listener answered every ping by itself and is still here, three heartbeats on.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(reader.socket.readyState).toBe(reader.socket.OPEN);
  });
});
