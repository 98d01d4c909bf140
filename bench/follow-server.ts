// Our hall server in a process of its own, for bench/follow.ts: it answers `stats` with its memory and CPU time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPresentServer } from '../src/node/present/server.ts';

// An empty folder to serve (the bench asks for no page), removed when the bench ends this process (SIGTERM).
const root = mkdtempSync(path.join(tmpdir(), 'follow-bench-'));
process.once('SIGTERM', () => {
  rmSync(root, { recursive: true, force: true });
  process.exit(0);
});

const server = await startPresentServer({
  root,
  host: '127.0.0.1',
  port: 0,
  // Every phone of the bench is 127.0.0.1, so the caps per address (tested in tests/unit/node/present) are lifted
  // here; the cap in all stays above the hall the bench makes.
  limits: { maxConnections: 5_000, maxPerAddress: 5_000, opensPerSecond: 100_000 },
});
process.on('message', (message) => {
  if (message !== 'stats') return;
  globalThis.gc?.();
  process.send?.({ rss: process.memoryUsage().rss, cpu: process.cpuUsage() });
});
process.send?.({ port: server.port, secret: new URL(server.presenterUrl).hash.slice('#key='.length) });
