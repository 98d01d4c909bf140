import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_COMMANDS, BROWSER_PATHS } from '../../../src/node/find-chromium.js';
import { browserArgs, BrowserNotFoundError, findBrowser } from '../../../src/node/chromium.ts';

const PATH = ['/opt/tools/bin', '/usr/local/bin'].join(path.delimiter);
const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('findBrowser', () => {
  it('takes CHROME_PATH first, as a path', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/chrome', PATH }, only('/opt/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/chrome',
    );
  });

  it('takes CHROME_PATH as a command name, looked up on PATH', () => {
    expect(findBrowser({ CHROME_PATH: 'brave', PATH }, only('/usr/local/bin/brave', '/usr/bin/chromium'))).toBe(
      '/usr/local/bin/brave',
    );
  });

  it('refuses a CHROME_PATH that is not there, rather than quietly using another browser', () => {
    expect(() => findBrowser({ CHROME_PATH: '/nowhere/chrome', PATH }, only('/usr/bin/chromium'))).toThrow(
      /CHROME_PATH=\/nowhere\/chrome \(no such executable file\)/,
    );
    expect(() => findBrowser({ CHROME_PATH: 'brave', PATH }, only('/usr/bin/chromium'))).toThrow(
      /CHROME_PATH=brave \(no such command on PATH=/,
    );
  });

  it('looks on PATH before the usual install paths, in the order of BROWSER_COMMANDS', () => {
    const files = only('/usr/bin/chromium', '/usr/local/bin/google-chrome', '/opt/tools/bin/chromium-browser');
    expect(findBrowser({ PATH }, files)).toBe('/opt/tools/bin/chromium-browser');
    expect(BROWSER_COMMANDS).toEqual(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
  });

  it('falls back to the usual install paths, in order', () => {
    expect(findBrowser({ PATH }, only('/usr/bin/google-chrome', '/snap/bin/chromium'))).toBe('/usr/bin/google-chrome');
  });

  it('says where it looked and how to install a browser when there is none', () => {
    const attempt = () => findBrowser({ PATH }, () => false);
    expect(attempt).toThrow(BrowserNotFoundError);
    expect(attempt).toThrow(/apt-get install -y chromium/);
    expect(attempt).toThrow(`chromium, chromium-browser, google-chrome, google-chrome-stable on PATH=${PATH}`);
    for (const file of BROWSER_PATHS) expect(attempt).toThrow(file);
  });

  it('is the same finder .ci/run asks, as a command', async () => {
    const { execFile } = await import('node:child_process');
    const script = path.resolve(import.meta.dirname, '../../../src/node/find-chromium.js');
    const env = { PATH: '', CHROME_PATH: '/nowhere/chrome' };
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [script], { env }, (error, _stdout, stderr) => {
        resolve({ code: error?.code === undefined ? 0 : Number(error.code), stderr });
      });
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('CHROME_PATH=/nowhere/chrome (no such executable file)');
  });
});

describe('browserArgs', () => {
  it('turns the sandbox off only for root', () => {
    expect(browserArgs(true)).toContain('--no-sandbox');
    expect(browserArgs(false)).not.toContain('--no-sandbox');
  });
});
