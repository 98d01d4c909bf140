import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECTOR } from './harness.ts';
import { addressIn, buildFolder } from './present-harness.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where the server keeps the talk between runs: a folder of this test's, never the user's own. */
const STATE_DIR = mkdtempSync(path.join(os.tmpdir(), 'present-cli-state-'));

interface Present {
  readonly child: ChildProcess;
  /** Resolves once the addresses are printed. */
  readonly started: Promise<void>;
  /** All the command printed so far, both streams. */
  output(): string;
  /** The address on the line of the output that names `what`. */
  address(what: string): string;
}

/**
 * `npm run present` as a user types it, on a free port, in a process group of its own as a terminal gives it (Ctrl+C
 * is SIGINT to the group).
 */
function startPresent(): Present {
  const child = spawn('npm', ['run', 'present', '--', '--host', '127.0.0.1', '--port', '0', '--dist', buildFolder()], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SPEECH_DECK_STATE_DIR: STATE_DIR },
  });
  started.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (/^presenter: /m.test(output)) resolve();
    });
    child.once('exit', () => {
      reject(new Error(`npm run present stopped before printing its addresses:\n${output}`));
    });
  });
  return {
    child,
    started: ready,
    output: () => output,
    address: (what) => addressIn(output, what),
  };
}

/** Whether any process of the group `group` still runs (a zombie, ended but not yet reaped by init, does not). */
function groupAlive(group: number): boolean {
  return execFileSync('ps', ['-eo', 'pgid=,stat='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .some(([pgid, stat]) => Number(pgid) === group && stat !== undefined && !stat.startsWith('Z'));
}

const started: ChildProcess[] = [];
let present: Present;
let browser: Browser;
const address = (what: string) => present.address(what);

beforeAll(async () => {
  browser = await chromium.connect(inject('wsEndpoint'));
  present = startPresent();
  await present.started;
});

afterAll(async () => {
  await browser.close();
  // Whatever a failed test left running, the whole group of each command.
  for (const child of started)
    if (child.pid !== undefined && groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
  rmSync(STATE_DIR, { recursive: true, force: true });
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
    expect(present.output()).toContain('█');
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

  it('stops cleanly on Ctrl+C: says so, frees its port and leaves no process', async () => {
    const { child } = present;
    const audience = address('audience');
    if (child.pid === undefined) throw new Error('npm run present did not start.');
    const exited = once(child, 'exit');
    process.kill(-child.pid, 'SIGINT');
    // npm's own exit code is npm's business (npm 11 exits 130, older ones 0): what is ours is below it.
    await exited;
    await expect.poll(() => present.output()).toContain('present: stopped');
    await expect(fetch(audience)).rejects.toThrow();
    await expect.poll(() => groupAlive(child.pid ?? 0)).toBe(false);
  });

  it('stops cleanly on SIGTERM to npm alone, as a supervisor sends it', async () => {
    const other = startPresent();
    await other.started;
    const audience = other.address('audience');
    const group = other.child.pid ?? 0;
    other.child.kill('SIGTERM');
    await expect.poll(() => other.output()).toContain('present: stopped');
    await expect(fetch(audience)).rejects.toThrow();
    await expect.poll(() => groupAlive(group)).toBe(false);
  });
});
