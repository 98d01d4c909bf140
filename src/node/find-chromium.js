// @ts-check
// Finds the system's Chromium or Chrome. Plain JavaScript without dependencies, so that Node runs it before
// `npm ci` (.ci/run does); src/node/chromium.ts imports it. As a command it prints the browser's path, or says where
// it looked and how to install one, and exits with 1:   node src/node/find-chromium.js
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/** Commands looked for on PATH, in this order, when CHROME_PATH is not set. */
export const BROWSER_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The usual install paths, looked at after PATH. */
export const BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export class BrowserNotFoundError extends Error {
  /**
   * @param {readonly string[]} looked where the finder looked, one entry a place
   * @param {string} [message] one line in place of the list, where the one place looked at was CHROME_PATH
   */
  constructor(looked, message) {
    super(
      message ??
        `No Chromium or Chrome was found. Looked at:\n${looked.map((place) => `  - ${place}`).join('\n')}\n` +
          'Install one (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`), or set CHROME_PATH ' +
          'to the browser: a path, or a command on PATH. This project never downloads a browser of its own.',
    );
    this.name = 'BrowserNotFoundError';
  }
}

/** @param {string} file */
function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The system browser to drive: CHROME_PATH when set (a path, or a command looked up on PATH; it must be there), else
 * the first of BROWSER_COMMANDS on PATH, else the first of BROWSER_PATHS.
 * @param {Readonly<Record<string, string | undefined>>} [env]
 * @param {(file: string) => boolean} [isExecutable]
 * @returns {string}
 */
export function findBrowser(env = process.env, isExecutable = isExecutableFile) {
  const folders = (env['PATH'] ?? '').split(path.delimiter).filter((folder) => folder);
  const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
  /** @param {string} command */
  const onPath = (command) =>
    folders.flatMap((folder) => suffixes.map((suffix) => path.join(folder, command + suffix))).find(isExecutable);
  const chromePath = env['CHROME_PATH'];
  if (chromePath) {
    const isPath = chromePath.includes('/') || chromePath.includes('\\');
    const found = isPath ? (isExecutable(chromePath) ? chromePath : undefined) : onPath(chromePath);
    if (found !== undefined) return found;
    const place = `CHROME_PATH=${chromePath} (${isPath ? 'no such executable file' : `no such command on PATH=${folders.join(path.delimiter)}`})`;
    throw new BrowserNotFoundError(
      [place],
      `No Chromium or Chrome was found at ${place}: set CHROME_PATH to one, or unset it to look in the usual places ` +
        '(to install one on Debian/Ubuntu: `sudo apt-get install -y chromium`).',
    );
  }
  for (const command of BROWSER_COMMANDS) {
    const found = onPath(command);
    if (found !== undefined) return found;
  }
  const found = BROWSER_PATHS.find((file) => isExecutable(file));
  if (found !== undefined) return found;
  throw new BrowserNotFoundError([
    'CHROME_PATH (not set)',
    `${BROWSER_COMMANDS.join(', ')} on PATH=${folders.join(path.delimiter)}`,
    ...BROWSER_PATHS,
  ]);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.stdout.write(`${findBrowser()}\n`);
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
