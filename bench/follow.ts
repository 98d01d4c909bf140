// `npm run bench:follow [-- --listeners N]`: 1,000 listeners on 127.0.0.1 follow a presenter through the talk, on our
// hall server and on reveal.js's multiplex server (installed into a temporary folder), and the figures are compared.
import { rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WebSocket } from 'ws';
import { commandLine, failure, UsageError } from '../src/node/cli.ts';
import { Arrivals, inBatches, percentile, startChild, type Child, type ServerStats } from './follow-load.ts';
import { installMultiplex, type Multiplex } from './follow-multiplex.ts';

const root = path.resolve(import.meta.dirname, '..');
/** The number of listeners asked for; a mistake is said in one line, as every command of ours says it. */
function listeners(): number {
  try {
    const values = commandLine('bench:follow', process.argv.slice(2), {
      listeners: { type: 'string', default: '1000' },
    });
    if (values.help) {
      console.log('Usage: npm run bench:follow [-- --listeners N]   (N listeners follow the talk; default 1000)');
      process.exit(0);
    }
    const count = Number(values.listeners);
    if (!/^\d+$/.test(values.listeners) || count < 1) {
      throw new UsageError(`--listeners wants a whole number above 0, not "${values.listeners}".`);
    }
    return count;
  } catch (error) {
    const { line, exitCode } = failure(error);
    console.error(`bench:follow: ${line}`);
    process.exit(exitCode);
  }
}
const LISTENERS = listeners();
/** One move a slide, through the whole talk. */
const MOVES = 25;

interface Result {
  server: string;
  held: number;
  p50: number;
  p95: number;
  max: number;
  kbPerConnection: number;
  cpuMsPerMove: number;
  /** Under attack: the server's resident memory (MB) as the attack began and after the moves, and whether it lived. */
  rssBeforeMb?: number;
  rssAfterMb?: number;
  alive?: boolean;
}

const cpuMs = (from: ServerStats, to: ServerStats) =>
  (to.cpu.user + to.cpu.system - from.cpu.user - from.cpu.system) / 1000;

async function measure(
  name: string,
  server: Child,
  connect: (arrivals: Arrivals) => Promise<(index: number) => void>,
  attack?: () => Promise<unknown>,
): Promise<Result> {
  const before = await server.stats();
  const arrivals = new Arrivals(LISTENERS);
  const move = await connect(arrivals);
  const connected = await server.stats();
  await attack?.();
  let held = LISTENERS;
  for (let index = 0; index < MOVES; index += 1) {
    held = Math.min(
      held,
      await arrivals.start(index, () => {
        move(index);
      }),
    );
  }
  const after = await server.stats();
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    server: name,
    held,
    p50: round(percentile(arrivals.latencies, 0.5)),
    p95: round(percentile(arrivals.latencies, 0.95)),
    max: round(Math.max(...arrivals.latencies)),
    kbPerConnection: round((connected.rss - before.rss) / LISTENERS / 1024),
    cpuMsPerMove: round(cpuMs(connected, after) / MOVES),
    ...(attack === undefined
      ? {}
      : {
          rssBeforeMb: round(connected.rss / 2 ** 20),
          rssAfterMb: round(after.rss / 2 ** 20),
          alive: server.process.exitCode === null,
        }),
  };
}

const position = (index: number) => ({
  slide: `slide-${index}`,
  index,
  total: MOVES,
  headline: `Slide ${index + 1}`,
  next: `Slide ${index + 2}`,
  blank: false,
  plannedAt: index * 20,
  plannedTotal: MOVES * 20,
});

/** The attack of bench/follow-attack.ts on `port`, started and given five seconds to reach its full force. */
async function startAttack(port: number): Promise<Child> {
  const attack = await startChild(path.join(root, 'bench/follow-attack.ts'), ['--import', 'tsx'], root, [String(port)]);
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  return attack;
}

async function ours(underAttack = false): Promise<Result> {
  const server = await startChild(path.join(root, 'bench/follow-server.ts'), ['--import', 'tsx', '--expose-gc'], root);
  const { port, secret } = server.hello as { port: number; secret: string };
  const url = `ws://127.0.0.1:${port}/live`;
  const origin = `http://127.0.0.1:${port}`;
  const sockets: WebSocket[] = [];
  let attack: Child | undefined;
  try {
    const name = underAttack ? 'ours (ws), under attack' : 'ours (ws)';
    return await measure(
      name,
      server,
      async (arrivals) => {
        await inBatches(
          LISTENERS,
          100,
          (index) =>
            new Promise((resolve, reject) => {
              const socket = new WebSocket(url, { origin });
              sockets[index] = socket;
              socket.on('error', reject);
              socket.on('message', (data: Buffer) => {
                const state = JSON.parse(data.toString('utf8')) as { position: { index: number } | null };
                if (state.position === null) resolve();
                else arrivals.arrived(state.position.index);
              });
              socket.on('open', () => {
                socket.send('{"type":"listen"}');
              });
            }),
        );
        const presenter = new WebSocket(url, { origin });
        sockets.push(presenter);
        await new Promise((resolve) => presenter.on('open', resolve));
        presenter.send(JSON.stringify({ type: 'auth', role: 'presenter', key: secret }));
        return (index) => {
          presenter.send(JSON.stringify({ type: 'position', position: position(index) }));
        };
      },
      underAttack ? async () => (attack = await startAttack(port)) : undefined,
    );
  } finally {
    if (attack !== undefined) console.error(`bench: the attack did ${JSON.stringify(await attack.stats())}`);
    attack?.process.kill();
    for (const socket of sockets) socket.terminate();
    server.process.kill();
  }
}

async function multiplex(installed: Multiplex): Promise<Result> {
  const flags = ['--openssl-legacy-provider', '--no-deprecation', '--expose-gc', '-r', installed.preload];
  const server = await startChild(installed.entry, flags, installed.folder);
  const { port } = server.hello as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const { secret, socketId } = (await (await fetch(`${url}/token`)).json()) as { secret: string; socketId: string };
  const sockets: ReturnType<Multiplex['io']>[] = [];
  const open = () => installed.io(url, { forceNew: true, transports: ['websocket'] });
  try {
    return await measure('reveal-multiplex (socket.io 2)', server, async (arrivals) => {
      await inBatches(
        LISTENERS,
        100,
        (index) =>
          new Promise((resolve) => {
            const socket = open();
            sockets[index] = socket;
            socket.on(socketId, (data) => {
              arrivals.arrived((data as { state: { indexh: number } }).state.indexh);
            });
            socket.on('connect', () => {
              resolve();
            });
          }),
      );
      const master = open();
      sockets.push(master);
      await new Promise<void>((resolve) => {
        master.on('connect', () => {
          resolve();
        });
      });
      return (index) => {
        master.emit('multiplex-statechanged', { secret, socketId, state: { indexh: index, indexv: 0 } });
      };
    });
  } finally {
    for (const socket of sockets) socket.close();
    server.process.kill();
  }
}

console.error(`bench: installing reveal-multiplex into a temporary folder`);
const installed = installMultiplex();
try {
  console.error(`bench: ${LISTENERS} listeners, ${MOVES} moves, on our server`);
  const results = [await ours()];
  console.error(`bench: the same on our server, while 200 sockets flood at the rate limit and 100 never read`);
  results.push(await ours(true));
  console.error(`bench: the same on reveal-multiplex`);
  results.push(await multiplex(installed));
  console.table(results);
  const json = path.join(root, 'bench/results/follow.json');
  await mkdir(path.dirname(json), { recursive: true });
  await writeFile(json, JSON.stringify({ listeners: LISTENERS, moves: MOVES, results }, null, 2) + '\n');
} finally {
  rmSync(installed.folder, { recursive: true, force: true });
}
