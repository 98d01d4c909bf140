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

describe('npm run pdf, stopped mid-export', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'pdf-stop-'));
  const temp = path.join(work, 'tmp');
  const out = path.join(work, 'out');
  mkdirSync(temp);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('by SIGTERM to npm: stops the worker and its browser, and leaves no PDF and no temporary file', async () => {
    const dist = fileURLToPath(inject('folderUrl'));
    // Its own TMPDIR, so that every temporary file of the run (the browser's profile among them) is found there.
    const npm = spawn('npm', ['run', 'pdf', '--', '--out', out, '--dist', dist, '--only', 'handout'], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: temp, TSX_DISABLE_CACHE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    npm.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      npm.on('exit', (code) => {
        resolve(code);
      }),
    );
    await until(
      () => stderr.includes('pdf: printing the handout') && processesNaming(temp).some((line) => /chrom/i.test(line)),
    );

    npm.kill('SIGTERM');
    expect(await exited).not.toBe(0);
    // npm is gone at once; the worker closes its browser and then exits: wait until nothing of the run is left.
    await until(() => processesNaming(temp).length === 0 && processesNaming(`--out ${out}`).length === 0);
    // Folders may stay (tsx keeps one for its IPC pipes); no file may.
    const files = readdirSync(temp, { recursive: true, withFileTypes: true }).filter((entry) => !entry.isDirectory());
    expect(files.map((entry) => path.join(entry.parentPath, entry.name))).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });
});
