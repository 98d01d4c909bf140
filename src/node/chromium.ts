import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { findBrowser } from './find-chromium.js';

export { BrowserNotFoundError, findBrowser } from './find-chromium.js';

/**
 * Flags for a headless run on a closed network: none of Chromium's calls home; and no sandbox when running as root,
 * where Chromium refuses to start with one (containers, CI), but only then.
 */
export function browserArgs(isRoot = process.getuid?.() === 0): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ];
}

/** Launches the system browser that `findBrowser` finds, headless, with `browserArgs()`. */
export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    ...options,
    args: [...browserArgs(), ...(options.args ?? [])],
  });
}
