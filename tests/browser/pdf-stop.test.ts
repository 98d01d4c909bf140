import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The processes whose command line names `text`: the export's browser names its profile, in the run's own TMPDIR. */
function processesNaming(text: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(text) && !line.includes('ps -eo'));
}

/** Resolves once `test` holds, checking every 100 ms; the test's own timeout bounds the wait. */
async function until(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** How a user stops the export: Ctrl+C in the terminal reaches the whole group; a supervisor's SIGTERM only npm. */
const STOPS = [
  { how: 'by Ctrl+C (SIGINT to the terminal’s group)', signal: 'SIGINT', group: true },
  { how: 'by SIGTERM to npm', signal: 'SIGTERM', group: false },
] as const;

describe('npm run pdf, stopped mid-export', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'pdf-stop-'));
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  const cases = STOPS.map((stop) => [stop.how, stop] as const);
  it.for(cases)('%s: stops the export and its browser, and leaves no PDF and no temporary file', async ([, stop]) => {
    const run = mkdtempSync(path.join(work, 'run-'));
    const temp = path.join(run, 'tmp');
    const out = path.join(run, 'out');
    mkdirSync(temp);
    const dist = fileURLToPath(inject('folderUrl'));
    // Its own TMPDIR, so that every temporary file of the run (the browser's profile among them) is found there; its
    // own process group, as a terminal gives a command.
    const npm = spawn('npm', ['run', 'pdf', '--', '--out', out, '--dist', dist, '--only', 'handout'], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: temp, TSX_DISABLE_CACHE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stderr = '';
    npm.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<void>((resolve) => {
      npm.on('exit', () => {
        resolve();
      });
    });
    const pid = npm.pid ?? 0;
    try {
      await until(
        () => stderr.includes('pdf: printing the handout') && processesNaming(temp).some((line) => /chrom/i.test(line)),
      );
      process.kill(stop.group ? -pid : pid, stop.signal);
      await exited;
      // The export closes its browser (which removes its profile), then exits: wait until nothing of the run is left.
      await until(() => processesNaming(temp).length === 0 && processesNaming(`--out ${out}`).length === 0);
      expect(stderr).toContain('pdf: stopped');
      // Folders may stay (the browser's crash folder); no file may.
      const files = readdirSync(temp, { recursive: true, withFileTypes: true }).filter((entry) => !entry.isDirectory());
      expect(files.map((entry) => path.join(entry.parentPath, entry.name))).toEqual([]);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      // A failed test leaves no process behind either.
      for (const line of processesNaming(run)) {
        try {
          process.kill(Number.parseInt(line, 10), 'SIGKILL');
        } catch {
          // Gone between the look and the kill.
        }
      }
    }
  });
});
