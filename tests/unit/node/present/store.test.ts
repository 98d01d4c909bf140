import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keptTalk, stateFolder } from '../../../../src/node/present/store.ts';
import { position } from './live-client.ts';

let folder = '';
const warnings: string[] = [];
const warn = (line: string) => warnings.push(line);
const file = () => path.join(folder, 'present.json');

beforeEach(() => {
  folder = path.join(mkdtempSync(path.join(tmpdir(), 'present-store-')), 'speech-deck');
  warnings.length = 0;
});
afterEach(() => {
  rmSync(path.dirname(folder), { recursive: true, force: true });
});

describe('where the talk is kept', () => {
  it('is the user’s configuration folder on each system, or where the environment variable says', () => {
    const home = '/home/ada';
    expect(stateFolder({}, 'linux', home)).toBe(path.join(home, '.config', 'speech-deck'));
    expect(stateFolder({ XDG_CONFIG_HOME: '/xdg' }, 'linux', home)).toBe(path.join('/xdg', 'speech-deck'));
    // A relative XDG_CONFIG_HOME is invalid by the specification and ignored.
    expect(stateFolder({ XDG_CONFIG_HOME: 'rel' }, 'linux', home)).toBe(path.join(home, '.config', 'speech-deck'));
    expect(stateFolder({}, 'darwin', home)).toBe(path.join(home, 'Library', 'Application Support', 'speech-deck'));
    expect(stateFolder({ APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'win32', home)).toBe(
      path.join('C:\\Users\\ada\\AppData\\Roaming', 'speech-deck'),
    );
    expect(stateFolder({ SPEECH_DECK_STATE_DIR: '/tmp/x' }, 'linux', home)).toBe(path.resolve('/tmp/x'));
  });
});

describe('the kept talk', () => {
  it('keeps the same key across runs, in a file only the user can read', () => {
    const first = keptTalk(folder, { warn });
    const second = keptTalk(folder, { warn });
    expect(second.secret).toBe(first.secret);
    expect(first.secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
    if (process.platform !== 'win32') {
      expect(statSync(file()).mode & 0o777).toBe(0o600);
      expect(statSync(folder).mode & 0o077).toBe(0);
    }
    expect(warnings).toEqual([]);
  });

  it('makes a new key on --new-key and keeps that one after', () => {
    const first = keptTalk(folder, { warn });
    const rotated = keptTalk(folder, { warn, newKey: true });
    expect(rotated.secret).not.toBe(first.secret);
    expect(keptTalk(folder, { warn }).secret).toBe(rotated.secret);
  });

  it('keeps the last position, and the position alone is lost when it is malformed', () => {
    const first = keptTalk(folder, { warn });
    expect(first.position).toBeNull();
    first.savePosition(position('ukraine', 4));
    expect(keptTalk(folder, { warn }).position).toMatchObject({ slide: 'ukraine', index: 4 });
    const data = JSON.parse(readFileSync(file(), 'utf8')) as Record<string, unknown>;
    writeFileSync(file(), JSON.stringify({ ...data, position: { slide: '<script>' } }), { mode: 0o600 });
    const again = keptTalk(folder, { warn });
    expect(again.secret).toBe(first.secret);
    expect(again.position).toBeNull();
  });

  it('starts afresh with one clear line, never a throw, when the file is bad', () => {
    keptTalk(folder, { warn });
    for (const bad of ['not json', '{"key": "short"}', '[]', '{"key": "a b c d e f g h i j k l m n o p"}', '']) {
      writeFileSync(file(), bad, { mode: 0o600 });
      warnings.length = 0;
      const kept = keptTalk(folder, { warn });
      expect(kept.secret, bad).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(warnings, bad).toHaveLength(1);
      expect(warnings[0], bad).toMatch(/^present: .*present\.json holds no valid key: starting with a new key\.$/);
      expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({ key: kept.secret });
    }
  });

  it.skipIf(process.platform === 'win32')('makes a new key when others could read the file', () => {
    const first = keptTalk(folder, { warn });
    chmodSync(file(), 0o644);
    const second = keptTalk(folder, { warn });
    expect(second.secret).not.toBe(first.secret);
    expect(warnings.join('\n')).toContain('readable by other users');
    expect(statSync(file()).mode & 0o777).toBe(0o600);
  });
});
