import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPresentServer, type PresentServer } from '../../../../src/node/present/server.ts';
import { connect, type TestClient } from './live-client.ts';

const SECRET = 'abcdefghijklmnopqrstuvwxyz012345';
let root = '';
let server: PresentServer;
let base = '';
const clients: TestClient[] = [];

async function client(origin?: string): Promise<TestClient> {
  const made = await connect(server.port, origin);
  clients.push(made);
  return made;
}

async function presenter(): Promise<TestClient> {
  const deck = await client();
  deck.send({ type: 'auth', role: 'presenter', key: SECRET });
  await deck.next((message) => message.type === 'welcome');
  return deck;
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'present-root-'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>deck</title>');
  writeFileSync(path.join(root, 'follow.html'), '<!doctype html><title>follow</title>');
  writeFileSync(path.join(root, '.env'), 'hidden');
  mkdirSync(path.join(root, 'sub'));
  writeFileSync(path.join(path.dirname(root), 'present-outside.txt'), 'outside');
  server = await startPresentServer({ root, host: '127.0.0.1', port: 0, secret: SECRET });
  base = `http://127.0.0.1:${server.port}`;
});

afterEach(() => {
  for (const each of clients.splice(0)) each.socket.terminate();
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(path.join(path.dirname(root), 'present-outside.txt'), { force: true });
});

describe('the hall server over HTTP', () => {
  it('serves the build with its security headers', async () => {
    const response = await fetch(`${base}/follow.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>follow</title>');
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves nothing outside the build, nor its hidden files', async () => {
    for (const where of [
      '/../present-outside.txt',
      '/%2e%2e/present-outside.txt',
      '/.env',
      '/sub/../../present-outside.txt',
    ]) {
      const response = await fetch(`${base}${where}`);
      expect(response.status, where).toBe(404);
      expect(await response.text(), where).not.toContain('outside');
    }
  });

  it('refuses a Host that is not its own (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request(`${base}/follow.html`, { headers: { host: `evil.example:${server.port}` } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      }).end();
    });
    expect(status).toBe(421);
  });

  it('is read-only for everyone without the secret', async () => {
    expect((await fetch(`${base}/index.html`, { method: 'PUT', body: 'x' })).status).toBe(405);
    const command = (headers: Record<string, string>) =>
      fetch(`${base}/api/command`, { method: 'POST', headers, body: '{"command":"next"}' });
    const own = { origin: base };
    expect((await command({})).status).toBe(403);
    expect((await command(own)).status).toBe(403);
    expect((await command({ ...own, authorization: 'Bearer wrongwrongwrongwrongwrong' })).status).toBe(403);
    expect((await command({ origin: 'http://evil.example', authorization: `Bearer ${SECRET}` })).status).toBe(403);
    expect((await fetch(`${base}/api/qr/remote`, { method: 'POST', headers: own })).status).toBe(403);
  });

  it('passes the presenter’s command to the deck', async () => {
    const deck = await presenter();
    const response = await fetch(`${base}/api/command`, {
      method: 'POST',
      headers: { origin: base, authorization: `Bearer ${SECRET}` },
      body: '{"command":"next"}',
    });
    expect(response.status).toBe(204);
    expect(await deck.next((message) => message.type === 'command')).toEqual({ type: 'command', command: 'next' });
  });

  it('gives the audience’s address as a QR code, and the clicker’s only to the presenter', async () => {
    const audience = (await (await fetch(`${base}/api/qr/audience`)).json()) as { url: string; svg: string };
    expect(audience.url).toBe(server.audienceUrl);
    expect(audience.svg).toMatch(/^<svg/);
    expect(JSON.stringify(audience)).not.toContain(SECRET);
    const remote = await fetch(`${base}/api/qr/remote`, {
      method: 'POST',
      headers: { origin: base, authorization: `Bearer ${SECRET}` },
    });
    expect(remote.status).toBe(200);
  });

  it('keeps the secret out of the audience’s address and in the fragment of the others', () => {
    expect(server.audienceUrl).not.toContain(SECRET);
    expect(new URL(server.presenterUrl).hash).toBe(`#key=${SECRET}`);
    expect(new URL(server.presenterUrl).search).toBe('?present');
    expect(new URL(server.remoteUrl).hash).toBe(`#key=${SECRET}`);
  });
});
