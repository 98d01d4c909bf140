import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'pdf-cli-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs `npm run pdf`'s script as a child process, as npm would, and returns how it ended. */
function pdf(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/pdf.ts', ...args],
      { cwd: ROOT, env: { ...process.env, TSX_DISABLE_CACHE: '1', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
      },
    );
  });
}

const at = (name: string) => path.join(work, name);
writeFileSync(at('a-file'), 'not a folder');
mkdirSync(at('user-files'));
writeFileSync(at('user-files/letter.txt'), 'a letter');
const fresh = () => ['--out', at('out'), '--dist', at('new-dist')];

// Each mistake: the arguments, the environment, and what its one line must say. None of them needs a browser.
const TABLE: readonly (readonly [string, string[], Record<string, string>, RegExp])[] = [
  ['an unknown flag', ['--frobnicate'], {}, /^pdf: unknown option --frobnicate; `npm run pdf -- --help` lists/],
  ['a stray argument', ['slides'], {}, /^pdf: unexpected argument "slides"/],
  ['a flag without its value', ['--out'], {}, /^pdf: Option '--out <value>' argument missing; /],
  ['an unknown --only', ['--only', 'poster'], {}, /^pdf: --only wants slides or handout, not "poster"/],
  ['an --out that is a file', ['--out', at('a-file')], {}, /^pdf: --out .*a-file is a file, not a folder; give a/],
  ['an --out below a file', ['--out', at('a-file/pdf')], {}, /^pdf: --out .* cannot be written to \(ENOTDIR\)/],
  ['an unwritable --out', ['--out', '/proc/pdf'], {}, /^pdf: --out \/proc\/pdf cannot be written to \(E[A-Z]+\); give/],
  [
    'a --dist without its parent',
    ['--out', at('out'), '--dist', at('no/dist')],
    {},
    /^pdf: --dist .*no\/dist cannot be made: its parent/,
  ],
  [
    'the project as --dist',
    ['--out', at('out'), '--dist', '.'],
    {},
    /^pdf: --dist \. is the project's folder or holds it; build into/,
  ],
  [
    'a folder above the project',
    ['--out', at('out'), '--dist', '..'],
    {},
    /^pdf: --dist .* is the project's folder or holds it/,
  ],
  [
    'a --dist of user files',
    ['--out', at('out'), '--dist', at('user-files')],
    {},
    /^pdf: --dist .*user-files holds letter\.txt, not made/,
  ],
  [
    'CHROME_PATH=false',
    fresh(),
    { CHROME_PATH: 'false', PATH: '/usr/bin:/bin' },
    /^pdf: CHROME_PATH=false \(.*\) is not Chromium or Chrome: .*exited with 1/,
  ],
  [
    'CHROME_PATH=/bin/true',
    fresh(),
    { CHROME_PATH: '/bin/true' },
    /^pdf: CHROME_PATH=\/bin\/true .* is not Chromium or Chrome: .*said "/,
  ],
  [
    'a CHROME_PATH that is not there',
    fresh(),
    { CHROME_PATH: at('chrome') },
    /^pdf: No Chromium or Chrome was found at CHROME_PATH=.*chrome \(no such/,
  ],
];

// Each case starts Node and tsx: seconds on a busy machine, mostly spent loading; they run side by side.
describe('npm run pdf, given a mistake', { timeout: 60_000 }, () => {
  it.concurrent.for(TABLE)(
    '%s: says what is wrong and what to do in one line, and exits non-zero',
    async ([, args, env, says], { expect }) => {
      const { code, stdout, stderr } = await pdf(args, env);
      expect(code).not.toBe(0);
      expect(code).not.toBeNull();
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(says);
    },
  );

  it('deletes and makes nothing of the user: the folder of user files, the project, a --dist never made', () => {
    expect(readdirSync(at('user-files'))).toEqual(['letter.txt']);
    expect(readFileSync(at('user-files/letter.txt'), 'utf8')).toBe('a letter');
    expect(existsSync(path.join(ROOT, 'package.json'))).toBe(true);
    expect(existsSync(at('new-dist'))).toBe(false);
    expect(existsSync(at('no'))).toBe(false);
  });

  it('prints its help and exits 0', async () => {
    const { code, stdout } = await pdf(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run pdf [-- options]');
  });
});
