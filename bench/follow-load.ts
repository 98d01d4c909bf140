import { fork, type ChildProcess } from 'node:child_process';

export interface ServerStats {
  readonly rss: number;
  readonly cpu: NodeJS.CpuUsage;
}

export interface Child {
  readonly process: ChildProcess;
  readonly hello: Record<string, unknown>;
  stats(): Promise<ServerStats>;
}

/** Starts a server in a process of its own and waits for its first message (its port). */
export function startChild(entry: string, execArgv: string[], cwd: string, args: string[] = []): Promise<Child> {
  const child = fork(entry, args, { execArgv, cwd, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      child.once('message', (message) => {
        resolve(message as Record<string, unknown>);
      });
      child.once('exit', (code) => {
        reject(new Error(`${entry} exited with ${String(code)}`));
      });
    });
  return next().then((hello) => ({
    process: child,
    hello,
    async stats() {
      const answer = next();
      child.send('stats');
      return (await answer) as unknown as ServerStats;
    },
  }));
}

/** Counts arrivals of each move at every listener and the time each took from the move. */
export class Arrivals {
  readonly latencies: number[] = [];
  private sentAt = 0;
  private move = -1;
  private count = 0;
  private done: (() => void) | undefined;

  constructor(private readonly listeners: number) {}

  /** Starts move `index` now; resolves when every listener has it, or after `timeoutMs`. */
  start(index: number, send: () => void, timeoutMs = 10_000): Promise<number> {
    this.move = index;
    this.count = 0;
    const all = new Promise<void>((resolve) => {
      this.done = resolve;
      setTimeout(resolve, timeoutMs);
    });
    this.sentAt = performance.now();
    send();
    return all.then(() => this.count);
  }

  arrived(index: number): void {
    if (index !== this.move) return;
    this.latencies.push(performance.now() - this.sentAt);
    this.count += 1;
    if (this.count === this.listeners) this.done?.();
  }
}

export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

/** Opens `count` connections, `batch` at a time, as a hall's phones arrive. */
export async function inBatches(count: number, batch: number, open: (index: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < count; start += batch) {
    await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, offset) => open(start + offset)));
  }
}
