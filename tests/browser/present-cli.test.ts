import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECTOR } from './harness.ts';
import { buildFolder } from './present-harness.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let child: ChildProcess;
let output = '';
let browser: Browser;

/** The line of the output that names `what`, and the address on it. */
function address(what: string): string {
  const line = output.split('\n').find((each) => each.startsWith(`${what}:`));
  const url = /http:\/\/\S+/.exec(line ?? '')?.[0];
  if (url === undefined) throw new Error(`no ${what} line in:\n${output}`);
  return url;
}

beforeAll(async () => {
  browser = await chromium.connect(inject('wsEndpoint'));
  // As a user types it, in a process group of its own so that Ctrl+C (SIGINT to the group) reaches npm and the server.
  child = spawn('npm', ['run', 'present', '--', '--host', '127.0.0.1', '--port', '0', '--dist', buildFolder()], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (/^presenter: /m.test(output)) resolve();
    };
    child.stdout?.on('data', check);
    child.once('exit', () => {
      reject(new Error(`npm run present stopped before printing its addresses:\n${output}`));
    });
  });
});

afterAll(async () => {
  await browser.close();
  const running = child.exitCode === null && child.signalCode === null;
  if (running && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
});

describe('npm run present', () => {
  it('prints the audience’s and the presenter’s addresses, each on a line naming it, with a QR code', async () => {
    const audience = new URL(address('audience'));
    const presenter = new URL(address('presenter'));
    expect(audience.hostname).toBe('127.0.0.1');
    expect(audience.pathname).toBe('/follow.html');
    expect(audience.href).not.toContain('key=');
    expect(presenter.hostname).toBe('127.0.0.1');
    expect(presenter.hash).toMatch(/^#key=[A-Za-z0-9_-]{22,}$/);
    expect(output).toContain('█');
    expect((await fetch(audience)).status).toBe(200);
  });

  it('serves a deck that shows the hall’s QR code on Q, and hides it on Q again', async () => {
    const page = await (await browser.newContext({ viewport: PROJECTOR })).newPage();
    await page.goto(address('presenter'));
    await page.locator('.reveal.ready').waitFor();
    await page.keyboard.press('q');
    const code = page.getByRole('img', { name: `QR code for ${address('audience')}` });
    await code.waitFor();
    expect(await code.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    await page.keyboard.press('q');
    await code.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('stops cleanly on Ctrl+C', async () => {
    const audience = address('audience');
    if (child.pid === undefined) throw new Error('npm run present did not start.');
    const exited = once(child, 'exit');
    process.kill(-child.pid, 'SIGINT');
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    // npm itself ends as a shell shows it (by the signal, or 0); the server below it has closed and said so.
    expect(code === 0 || signal === 'SIGINT', `exit ${String(code)} ${String(signal)}`).toBe(true);
    await expect.poll(() => output).toContain('present: stopped');
    await expect(fetch(audience)).rejects.toThrow();
  });
});
