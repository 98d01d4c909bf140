import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { PositionSchema, type Position } from '../../protocol/live.ts';
import { SecretSchema } from '../../protocol/secret.ts';
import { makeSecret } from './secret.ts';

/** The environment variable that moves the kept talk elsewhere (tests point it at a temporary folder). */
export const STATE_DIR_VARIABLE = 'SPEECH_DECK_STATE_DIR';
const FILE = 'present.json';
const APP = 'speech-deck';

/**
 * Where this machine keeps the talk between runs of `npm run present`: the user's own configuration folder, never
 * the project or the build (which are copied, shared and served).
 */
export function stateFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const chosen = env[STATE_DIR_VARIABLE];
  if (chosen !== undefined && chosen !== '') return path.resolve(chosen);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP);
  const config = env.XDG_CONFIG_HOME;
  return path.join(config !== undefined && path.isAbsolute(config) ? config : path.join(home, '.config'), APP);
}

/** What the file holds; the key and the position are read apart, so that a bad position costs only the position. */
const KeptSchema = v.object({ key: v.unknown(), position: v.optional(v.unknown()) });

/** The talk as kept: the presenter's secret (the same across runs) and the last position the deck reported. */
export interface KeptTalk {
  readonly secret: string;
  readonly position: Position | null;
  /** Remembers the deck's last position, for the next run (written at once, atomically, readable by the user only). */
  savePosition(position: Position): void;
}

/**
 * Reads the kept talk from `folder`, or starts one: a fresh secret when there is none, when `newKey` asks for one
 * (`--new-key`), or when the file is unreadable, malformed or readable by others (each said in one line to `warn`).
 * Never throws for a bad file; only for a folder it cannot write at all.
 */
export function keptTalk(folder: string, options: { newKey?: boolean; warn: (line: string) => void }): KeptTalk {
  const file = path.join(folder, FILE);
  let secret: string | undefined;
  let position: Position | null = null;
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : '';
    if (code !== 'ENOENT') options.warn(`present: could not read ${file} (${String(code)}): starting with a new key.`);
  }
  if (text !== undefined) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    const kept = v.safeParse(KeptSchema, data);
    const key = v.safeParse(SecretSchema, kept.success ? kept.output.key : undefined);
    const place = v.safeParse(PositionSchema, kept.success ? kept.output.position : undefined);
    // On POSIX a key that others could read may have been read: it no longer proves the presenter.
    const exposed = process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0;
    if (!key.success) options.warn(`present: ${file} holds no valid key: starting with a new key.`);
    else if (exposed) options.warn(`present: ${file} was readable by other users: starting with a new key.`);
    else if (options.newKey !== true) secret = key.output;
    if (place.success) position = place.output;
  }
  const current = { key: secret ?? makeSecret(), position };

  const write = () => {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // A whole new file, renamed over the old: a kill mid-write leaves the old file, never half of one.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(current, null, 2)}\n`, { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, file);
  };
  if (secret === undefined) write();

  return {
    secret: current.key,
    position,
    savePosition(next) {
      current.position = next;
      try {
        write();
      } catch (error) {
        options.warn(`present: could not keep the position in ${file}: ${(error as Error).message}`);
      }
    },
  };
}
