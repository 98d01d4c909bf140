import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { actionFor } from '../../src/client/speaker/keys.ts';
import { docPages, keyTables, namedCommands } from '../docs.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPTS = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;
const PAGES = docPages();
const COMMANDS = PAGES.flatMap(([file, text]) => namedCommands(file, text));

/** The `--help` of one of our scripts (scripts/*.ts, bench/*.ts), as `npm run NAME -- --help` prints it. */
async function help(file: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', file, '--help'], {
    cwd: ROOT,
    env: { ...process.env, TSX_DISABLE_CACHE: '1' },
    timeout: 60_000,
  });
  return stdout;
}

/** A key as the docs write it, as a KeyboardEvent's key (and Shift) would carry it. */
function keyEvent(key: string): KeyboardEvent {
  const named: Record<string, string> = {
    '→': 'ArrowRight',
    '←': 'ArrowLeft',
    '↑': 'ArrowUp',
    '↓': 'ArrowDown',
    Space: ' ',
    PgDn: 'PageDown',
    PgUp: 'PageUp',
  };
  const shifted = /^Shift\+(.)$/.exec(key)?.[1];
  const pressed = shifted ?? named[key] ?? (/^[A-Z]$/.test(key) ? key.toLowerCase() : key);
  return {
    key: pressed,
    shiftKey: shifted !== undefined,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
  } as KeyboardEvent;
}

describe('the docs (README.md, docs/*.md)', () => {
  it('name commands: the README names the one that runs the deck and the one that runs every test', () => {
    expect(COMMANDS.length).toBeGreaterThan(10);
    const readme = COMMANDS.filter((command) => command.file === 'README.md').map((command) => command.script);
    expect(readme).toEqual(expect.arrayContaining(['dev']));
    expect(PAGES.find(([file]) => file === 'README.md')?.[1]).toContain('npm test');
  });

  it.for(COMMANDS.map((command) => [`${command.file}: npm run ${command.script}`, command] as const))(
    '%s is a script of package.json',
    ([, command]) => {
      expect(Object.keys(SCRIPTS)).toContain(command.script);
    },
  );

  // Our own commands print their options; another tool's (vite, vitest) are that tool's to check.
  const flagged = [...new Set(COMMANDS.map((command) => command.script))].flatMap((script) => {
    const file = /\b((?:scripts|bench)\/[\w-]+\.ts)\b/.exec(SCRIPTS[script] ?? '')?.[1];
    const flags = [...new Set(COMMANDS.filter((each) => each.script === script).flatMap((each) => each.flags))];
    return file === undefined || flags.length === 0 ? [] : [[script, file, flags] as const];
  });

  it('give options to our commands (npm run pdf, present, bench)', () => {
    expect(flagged.map(([script]) => script)).toEqual(expect.arrayContaining(['pdf', 'bench']));
  });

  it.for(flagged)(
    'npm run %s: every option the docs give it is in its --help',
    { timeout: 90_000 },
    async ([, file, flags]) => {
      const text = await help(file);
      for (const flag of flags) expect(text, `${flag} in ${file}'s --help`).toMatch(new RegExp(`${flag}(?![\\w-])`));
    },
  );

  it('list the speaker view’s keys in tables its key map answers, key by key', () => {
    const rows = PAGES.flatMap(([, text]) => keyTables(text).get('key in the speaker view') ?? []);
    expect(rows.length).toBeGreaterThan(10);
    for (const keys of rows) {
      for (const key of keys) expect(actionFor(keyEvent(key), true), `the speaker view's ${key}`).toBeDefined();
    }
  });

  it('keep the bench’s figures in docs/performance.md, between its markers', () => {
    const page = PAGES.find(([file]) => file === 'docs/performance.md')?.[1] ?? '';
    expect(page).toContain('<!-- bench:start (written by `npm run bench`) -->');
    expect(page).toContain('<!-- bench:end -->');
  });
});
