import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../src/node/cli.ts';
import { readPptx } from '../../pptx-reader.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'pptx-cli-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs `npm run pptx`'s script as a child process, as npm would, and returns how it ended. */
function pptx(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/pptx.ts', ...args],
      { cwd: ROOT, env: { ...process.env, TSX_DISABLE_CACHE: '1' }, timeout: 120_000 },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
      },
    );
  });
}

const at = (name: string) => path.join(work, name);
writeFileSync(at('a-file'), 'not a folder');

// A mistake of each kind, and what its one line must say (the options' own cases: tests/unit/node/pptx/options.test.ts).
const TABLE: readonly (readonly [string, string[], RegExp, number])[] = [
  [
    'an unknown flag',
    ['--frobnicate'],
    /^pptx: unknown option --frobnicate; `npm run pptx -- --help` lists/,
    EXIT_CODES.usage,
  ],
  [
    'an --out that is a file',
    ['--out', at('a-file')],
    /^pptx: --out .*a-file is a file, not a folder; give a folder for the PowerPoint file\.$/,
    EXIT_CODES.environment,
  ],
  [
    'an unwritable --out',
    ['--out', '/proc/pptx'],
    /^pptx: --out \/proc\/pptx cannot be written to \(E[A-Z]+\); give/,
    EXIT_CODES.environment,
  ],
];

describe('npm run pptx', () => {
  it.each(TABLE)('refuses %s in one line, without a stack', async (_, args, message, code) => {
    const run = await pptx(args);
    expect(run.code).toBe(code);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('lists its options with --help', async () => {
    const run = await pptx(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: npm run pptx [-- options]');
    expect(run.stdout).toContain('--lang LANG');
  });

  it('writes NAME.pptx whole into --out, beside the files there, and leaves nothing else', async () => {
    const out = at('out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'letter.txt'), 'a letter');
    const run = await pptx(['--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/statement-2022-05-19\.pptx \(\d+ KB, 25 slides, [\d.]+ s\)\n$/);
    expect(readdirSync(out).sort()).toEqual(['letter.txt', 'statement-2022-05-19.pptx']);
    expect(readFileSync(path.join(out, 'letter.txt'), 'utf8')).toBe('a letter');
    const file = await readPptx(new Uint8Array(readFileSync(path.join(out, 'statement-2022-05-19.pptx'))));
    expect(file.slides).toHaveLength(25);
  });

  it('writes the Japanese notes as NAME-ja.pptx, into a folder it makes', async () => {
    const out = at('new/ja');
    const run = await pptx(['--out', out, '--lang', 'ja']);
    expect(run.code).toBe(0);
    expect(readdirSync(out)).toEqual(['statement-2022-05-19-ja.pptx']);
  });

  it('runs the same in every shell: no exec, no shell syntax in its npm script', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts['pptx']).toBe('node --import tsx scripts/pptx.ts');
  });
});
