import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSER_COMMANDS, BROWSER_PATHS } from '../../../src/node/find-chromium.js';
import {
  browserArgs,
  BrowserNotFoundError,
  chromiumPath,
  findBrowser,
  NotChromiumError,
} from '../../../src/node/chromium.ts';

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

describe('chromiumPath', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'chromium-path-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  /** A program that answers `--version` as a browser would (no browser is started). */
  const program = (name: string, script: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, `#!/bin/sh\n${script}\n`);
    chmodSync(file, 0o755);
    return file;
  };

  it('takes a program that says it is Chromium or Chrome', async () => {
    const chromium = program('chromium', 'echo "Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)"');
    await expect(chromiumPath({ CHROME_PATH: chromium })).resolves.toBe(chromium);
    const chrome = program('chrome', 'echo "Google Chrome 140.0.7339.80"');
    await expect(chromiumPath({ CHROME_PATH: chrome })).resolves.toBe(chrome);
  });

  it('names a CHROME_PATH that is not a browser, in one line, by what it answered', async () => {
    const PATH = '/usr/bin:/bin';
    await expect(chromiumPath({ CHROME_PATH: 'false', PATH })).rejects.toThrow(
      /^CHROME_PATH=false \(.*false\) is not Chromium or Chrome: asked for its --version, it exited with 1\. Set CHROME_PATH/,
    );
    await expect(chromiumPath({ CHROME_PATH: '/bin/true' })).rejects.toThrow(
      /is not Chromium or Chrome: asked for its --version, it said "/,
    );
    const editor = program('editor', 'echo "nano 7.2"');
    await expect(chromiumPath({ CHROME_PATH: editor })).rejects.toThrow(NotChromiumError);
    await expect(chromiumPath({ CHROME_PATH: editor })).rejects.toThrow(/it said "nano 7\.2"/);
  });
});
