import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');

/** `npm run build`'s command (`vite build`) with `args`, as npm runs it; what it printed. */
function viteBuild(args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(process.execPath, [VITE, 'build', ...args], { cwd: ROOT, timeout: 120_000 }, (_error, stdout, stderr) => {
      resolve(`${stdout}${stderr}`);
    });
  });
}

describe('npm run build, into a folder holding a file it did not write', () => {
  // One inside the project, as dist is (Vite empties it by default), and one outside that Vite is told to empty.
  const inside = mkdtempSync(path.join(ROOT, '.build-guard-'));
  const outside = mkdtempSync(path.join(tmpdir(), 'build-guard-'));
  afterAll(() => {
    rmSync(inside, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it.for([
    { where: 'inside the project', folder: inside, flags: [] },
    { where: 'outside it, with --emptyOutDir', folder: outside, flags: ['--emptyOutDir'] },
  ])('$where: builds nothing, keeps the file, and says so in one line naming it', async ({ folder, flags }) => {
    writeFileSync(path.join(folder, 'notes.txt'), 'the speaker’s notes');
    const output = await viteBuild(['--outDir', folder, ...flags]);
    expect(readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe('the speaker’s notes');
    expect(existsSync(path.join(folder, 'index.html'))).toBe(false);
    const lines = output.split('\n').filter((line) => line.includes('OutDirError'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/holds notes\.txt, not made by this project's build, which would delete it; move it out/);
    expect(output).not.toMatch(/^\s+at /m);
  });
});
