import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPresentServer, type PresentServer } from '../../../../src/node/present/server.ts';
import { connect, position, type TestClient } from './live-client.ts';

const SECRET = 'abcdefghijklmnopqrstuvwxyz012345';
let root = '';
let server: PresentServer;
const clients: TestClient[] = [];

async function client(role: 'listen' | 'presenter' | 'remote'): Promise<TestClient> {
  const made = await connect(server.port);
  clients.push(made);
  if (role === 'listen') {
    made.send({ type: 'listen' });
    await made.next((message) => message.type === 'state');
  } else {
    made.send({ type: 'auth', role, key: SECRET });
    await made.next((message) => message.type === 'welcome');
  }
  return made;
}

const isState = (message: { type: string }) => message.type === 'state';

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'present-relay-'));
  server = await startPresentServer({ root, host: '127.0.0.1', port: 0, secret: SECRET });
});

afterEach(() => {
  for (const each of clients.splice(0)) each.socket.terminate();
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the live relay', () => {
  it('refuses an upgrade from a foreign origin, or without one', async () => {
    for (const origin of ['http://evil.example', 'null', undefined]) {
      const socket = new WebSocket(`ws://127.0.0.1:${server.port}/live`, origin === undefined ? {} : { origin });
      const error = await new Promise<Error>((resolve) => socket.once('error', resolve));
      expect(error.message, String(origin)).toContain('403');
    }
  });

  it('relays the presenter’s position to every listener', async () => {
    const [one, two] = [await client('listen'), await client('listen')];
    const deck = await client('presenter');
    deck.send({ type: 'position', position: position('ukraine', 4) });
    for (const listener of [one, two]) {
      const state = await listener.next(
        (message) => isState(message) && message.type === 'state' && message.position?.slide === 'ukraine',
      );
      expect(state).toMatchObject({ presenter: true, ended: false });
    }
  });

  it('closes a listener that says anything after listen, and nobody hears it', async () => {
    // Changed on purpose (issue 19): an audience page only listens, so a word more is dropped *and* its socket closed.
    const deck = await client('presenter');
    deck.send({ type: 'position', position: position('partner', 2) });
    const other = await client('listen');
    for (const word of [
      { type: 'position', position: position('thanks', 24) },
      { type: 'command', command: 'next' },
      { type: 'auth', role: 'presenter', key: SECRET },
      { type: 'listen' },
    ]) {
      const listener = await client('listen');
      listener.send(word);
      expect(await listener.closed(), word.type).toBe(1008);
    }
    expect(deck.messages.filter((message) => message.type === 'command')).toEqual([]);
    const slides = other.messages.map((message) => (message.type === 'state' ? message.position?.slide : message.type));
    expect(slides).not.toContain('thanks');
    const probe = await client('listen');
    expect(probe.messages.at(-1)).toMatchObject({ type: 'state', position: { slide: 'partner' } });
  });

  it('closes a socket that speaks before saying who it is', async () => {
    const stranger = await connect(server.port);
    clients.push(stranger);
    stranger.send({ type: 'command', command: 'next' });
    expect(await stranger.closed()).toBe(1008);
  });

  it('closes a socket that offers a wrong secret', async () => {
    const intruder = await connect(server.port);
    clients.push(intruder);
    intruder.send({ type: 'auth', role: 'remote', key: 'wrongwrongwrongwrongwrongwrong' });
    expect(await intruder.closed()).toBe(1008);
  });

  it('refuses malformed and oversized messages and stays up', async () => {
    for (const bad of ['not json', '{"type":"position"}', '{"type":"listen","extra":1}', 'x'.repeat(10_000)]) {
      const socket = await connect(server.port);
      clients.push(socket);
      socket.send(bad);
      expect([1008, 1009], bad.slice(0, 20)).toContain(await socket.closed());
    }
    expect(await client('listen')).toBeDefined();
  });

  it('passes the clicker’s commands to the deck only', async () => {
    const deck = await client('presenter');
    const listener = await client('listen');
    const phone = await client('remote');
    phone.send({ type: 'command', command: 'blank' });
    expect(await deck.next((message) => message.type === 'command')).toEqual({ type: 'command', command: 'blank' });
    expect(listener.messages.filter((message) => message.type === 'command')).toEqual([]);
  });

  it('limits each client’s rate', async () => {
    const phone = await client('remote');
    const dropped = server.stats.dropped;
    for (let count = 0; count < 60; count += 1) phone.send({ type: 'command', command: 'next' });
    await expect.poll(() => server.stats.dropped).toBeGreaterThanOrEqual(dropped + 25);
  });

  it('keeps the last position when the presenter leaves, and says so', async () => {
    const deck = await client('presenter');
    deck.send({ type: 'position', position: position('japan', 8) });
    const listener = await client('listen');
    deck.socket.terminate();
    const state = await listener.next((message) => message.type === 'state' && !message.presenter);
    expect(state).toMatchObject({ type: 'state', presenter: false, position: { slide: 'japan' } });
  });

  it('lets a newer presenter take over: the older is told (4001) and the clicker moves the new one only', async () => {
    const older = await client('presenter');
    const newer = await client('presenter');
    expect(await older.closed()).toBe(4001);
    expect(server.stats.superseded).toBeGreaterThanOrEqual(1);
    const listener = await client('listen');
    expect(listener.messages.at(-1)).toMatchObject({ type: 'state', presenter: true });
    const phone = await client('remote');
    phone.send({ type: 'command', command: 'next' });
    expect(await newer.next((message) => message.type === 'command')).toEqual({ type: 'command', command: 'next' });
    // The newer one leaving leaves no presenter (the older does not come back by itself).
    newer.socket.terminate();
    await listener.next((message) => message.type === 'state' && !message.presenter);
  });
});
