import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser, LaunchOptions } from 'playwright-core';
import { findBrowser } from './find-chromium.js';

export { BrowserNotFoundError, findBrowser } from './find-chromium.js';

/** A browser path that is not Chromium or Chrome (`false`, a script): named in one line, before Playwright tries it. */
export class NotChromiumError extends Error {
  override name = 'NotChromiumError';
}

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

/** What the program answers to `--version`, or why it gave no answer. */
async function versionOf(file: string): Promise<{ said: string } | { failed: string }> {
  try {
    const { stdout } = await promisify(execFile)(file, ['--version'], { timeout: 10_000 });
    return { said: stdout.trim().split('\n')[0]?.slice(0, 80) ?? '' };
  } catch (error) {
    const { code, killed } = error as { code?: unknown; killed?: boolean };
    if (killed === true) return { failed: 'gave no answer within 10 s' };
    return { failed: typeof code === 'number' ? `exited with ${code}` : `could not be run (${String(code)})` };
  }
}

/**
 * The browser `findBrowser` finds, once it has said it is Chromium or Chrome when asked its `--version`: anything
 * else at CHROME_PATH is named in one line, rather than in Playwright's forty.
 */
export async function chromiumPath(env: Readonly<Record<string, string | undefined>> = process.env): Promise<string> {
  const file = findBrowser(env);
  const version = await versionOf(file);
  if ('said' in version && /\bChrom(e|ium)\b/.test(version.said)) return file;
  const answer = 'said' in version ? `said "${version.said}"` : version.failed;
  const where = env['CHROME_PATH'] ? `CHROME_PATH=${env['CHROME_PATH']} (${file})` : file;
  throw new NotChromiumError(
    `${where} is not Chromium or Chrome: asked for its --version, it ${answer}. Set CHROME_PATH to a Chromium or Chrome.`,
  );
}

/** Launches the system browser (`chromiumPath()` unless given), headless, with `browserArgs()`. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  // Loaded at the launch, not with the command: a mistake or --help is answered without Playwright.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: options.executablePath ?? (await chromiumPath()),
    args: [...browserArgs(), ...(options.args ?? [])],
  });
}
