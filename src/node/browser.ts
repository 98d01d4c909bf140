import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Where a system Chromium or Chrome is looked for, after the CHROME_PATH environment variable. */
export const BROWSER_PATHS: readonly string[] = [
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

/** Flags for a headless run on a closed network: no sandbox as root, and none of Chromium's calls home. */
export const BROWSER_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export class BrowserNotFoundError extends Error {
  constructor(looked: readonly string[]) {
    super(
      'No Chromium or Chrome was found. Looked at: ' +
        looked.join(', ') +
        '.\nInstall one (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`, which lands at /usr/bin/chromium),' +
        ' or set CHROME_PATH to the browser executable. This project never downloads a browser of its own.',
    );
    this.name = 'BrowserNotFoundError';
  }
}

/** The system browser to drive: CHROME_PATH when set (and it must exist), else the first usual install path. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
): string {
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new BrowserNotFoundError([`CHROME_PATH=${fromEnv} (no such file)`]);
  }
  const found = BROWSER_PATHS.find((file) => exists(file));
  if (found === undefined) throw new BrowserNotFoundError(['CHROME_PATH (not set)', ...BROWSER_PATHS]);
  return found;
}

export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    ...options,
    args: [...BROWSER_ARGS, ...(options.args ?? [])],
  });
}
