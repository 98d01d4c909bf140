import os from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryBytes: number;
  readonly os: string;
  readonly node: string;
  readonly chromium: string;
}

export function machine(chromium: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
  };
}

export const oneMinuteLoad = (): number => os.loadavg()[0] ?? 0;

export function machineLine(machine: Machine): string {
  const memory = `${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GiB`;
  return `${machine.cpu}, ${machine.cores} cores, ${memory}, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}`;
}
