import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPresentServer, type PresentServer } from '../../../../src/node/present/server.ts';

let root = '';
const servers: PresentServer[] = [];

async function hall(options: Partial<Parameters<typeof startPresentServer>[0]> = {}): Promise<PresentServer> {
  const server = await startPresentServer({ root, host: '127.0.0.1', port: 0, ...options });
  servers.push(server);
  return server;
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'present-files-'));
  writeFileSync(path.join(root, 'follow.html'), '<!doctype html><title>follow</title>');
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the pages', () => {
  it('are served compressed (brotli, else gzip) with no-cache and an ETag that answers 304', async () => {
    writeFileSync(path.join(root, 'index.html'), `<!doctype html><title>deck</title>${'<p>slide '.repeat(2000)}`);
    const server = await hall();
    const get = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; size: number }>(
        (resolve, reject) => {
          const sent = request(
            { host: '127.0.0.1', port: server.port, path: '/index.html', headers, agent: false },
            (response) => {
              let size = 0;
              response.on('data', (chunk: Buffer) => (size += chunk.length));
              response.on('end', () => {
                resolve({ status: response.statusCode ?? 0, headers: response.headers, size });
              });
            },
          );
          sent.on('error', reject);
          sent.end();
        },
      );
    const plain = await get({});
    // The first request of a page starts its brotli, in the background (gzip is served until it is ready).
    await expect
      .poll(async () => (await get({ 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding'])
      .toBe('br');
    const br = await get({ 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await get({ 'accept-encoding': 'gzip' });
    const refused = await get({ 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(br.size).toBeLessThan(plain.size / 10);
    for (const each of [plain, br, gzip]) {
      expect(each.headers['cache-control']).toBe('no-cache');
      expect(each.headers.vary).toBe('Accept-Encoding');
    }
    const again = await get({ 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.size).toBe(0);
  });
});

describe('IPv6', () => {
  it('serves on ::1 and accepts its own bracketed Host and Origin', async () => {
    const server = await hall({ host: '::1' });
    expect(server.audienceUrl).toBe(`http://[::1]:${server.port}/follow.html`);
    expect((await fetch(server.audienceUrl)).status).toBe(200);
    const socket = new WebSocket(`ws://[::1]:${server.port}/live`, { origin: `http://[::1]:${server.port}` });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    socket.terminate();
  });
});
