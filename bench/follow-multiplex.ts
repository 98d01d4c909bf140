import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The versions compared: reveal.js's multiplex server as published, and the socket.io client of its generation. */
const PACKAGES = ['reveal-multiplex@0.1.0', 'socket.io-client@2.3.1'];

/**
 * Run before reveal-multiplex's index.js: it listens on 127.0.0.1 only (the server itself binds every interface), and
 * answers `stats` like bench/follow-server.ts.
 */
const PRELOAD = `
const http = require('node:http');
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (port, ...rest) {
  this.once('listening', () => process.send({ port: this.address().port }));
  return listen.call(this, 0, '127.0.0.1', ...rest.filter((each) => typeof each === 'function'));
};
process.on('message', (message) => {
  if (message !== 'stats') return;
  globalThis.gc?.();
  process.send({ rss: process.memoryUsage().rss, cpu: process.cpuUsage() });
});
`;

export interface Multiplex {
  /** The folder it was installed into, to remove after the run. */
  readonly folder: string;
  /** reveal-multiplex's index.js, and the preload that keeps it on loopback. */
  readonly entry: string;
  readonly preload: string;
  /** socket.io-client 2, as the listeners' browsers would load it. */
  readonly io: (url: string, options: Record<string, unknown>) => SocketIoClient;
}

interface SocketIoClient {
  on(event: string, listener: (data: unknown) => void): void;
  emit(event: string, data: unknown): void;
  close(): void;
}

/** Installs reveal-multiplex and its client into a temporary folder, never into the project. */
export function installMultiplex(): Multiplex {
  const folder = mkdtempSync(path.join(tmpdir(), 'reveal-multiplex-'));
  writeFileSync(path.join(folder, 'package.json'), '{"private":true}');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', ...PACKAGES], {
    cwd: folder,
    stdio: 'ignore',
  });
  writeFileSync(path.join(folder, 'loopback.cjs'), PRELOAD);
  const require = createRequire(path.join(folder, 'package.json'));
  return {
    folder,
    entry: path.join(folder, 'node_modules/reveal-multiplex/index.js'),
    preload: path.join(folder, 'loopback.cjs'),
    io: require('socket.io-client') as Multiplex['io'],
  };
}
