import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect as tcp } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, PROJECTOR, SCREENSHOT_DIR } from './harness.ts';
import { buildFolder, freePort, goToSlide, startPresentCli, status, type PresentCli } from './present-harness.ts';
import { openSpeakerView } from './speaker-harness.ts';

// The server killed outright (SIGKILL: no goodbye to any page) and started again with the same command, as a
// speaker whose laptop crashed would: the talk must go on where it was, with the same addresses.

let browser: Browser;
let stateDir = '';
let port = 0;
let cli: PresentCli | undefined;
const args = () => ['--host', '127.0.0.1', '--port', String(port), '--dist', buildFolder()];

async function start(extra: readonly string[] = []): Promise<PresentCli> {
  cli = await startPresentCli([...args(), ...extra], stateDir);
  return cli;
}

async function live(page: Page, slide: string): Promise<void> {
  await page.locator(`#read-${slide}[aria-current]`).waitFor({ timeout: 45_000 });
  await expect.poll(() => status(page).textContent(), { timeout: 45_000 }).toMatch(/^Live/);
}

async function openDeck(url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PROJECTOR })).newPage();
  await page.goto(url);
  await page.locator('.reveal.ready').waitFor();
  return page;
}

const notice = (page: Page) => page.locator('.present-notice');

/** `GET //[` as a WebSocket upgrade, then a reset once the server answered (or after a second). */
function resetUpgrade(to: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = tcp(to, '127.0.0.1');
    socket.on('error', () => undefined);
    const reset = () => {
      socket.resetAndDestroy();
      resolve();
    };
    socket.once('connect', () => {
      socket.write(`GET //[ HTTP/1.1\r\nHost: 127.0.0.1:${to}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n`);
      socket.once('data', reset);
      setTimeout(reset, 1_000);
    });
  });
}

beforeAll(async () => {
  browser = await chromium.connect(inject('wsEndpoint'));
  stateDir = mkdtempSync(path.join(tmpdir(), 'present-state-'));
  port = await freePort();
});

afterAll(async () => {
  await browser.close();
  await cli?.kill();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('a restart of npm run present', () => {
  it('keeps the key, the position and every page: the open deck reconnects and the phones follow', async () => {
    const first = await start();
    const presenter = first.address('presenter');
    const deck = await openDeck(presenter);
    await goToSlide(deck, 'kyoto-2');
    const audience = await (await browser.newContext(PHONE)).newPage();
    await audience.goto(first.address('audience'));
    await live(audience, 'kyoto-2');
    // The key is kept in a file only the user can read.
    if (process.platform !== 'win32') expect(statSync(path.join(stateDir, 'present.json')).mode & 0o777).toBe(0o600);

    // The request that once ended the talk, sent to the server as the user runs it: an upgrade for //[ without Origin
    // or key, forty times, each reset by its client. The talk goes on.
    await Promise.all(Array.from({ length: 40 }, () => resetUpgrade(port)));
    expect((await fetch(first.address('audience'))).status).toBe(200);
    await goToSlide(deck, 'kyoto-1');
    await live(audience, 'kyoto-1');
    await goToSlide(deck, 'kyoto-2');
    await live(audience, 'kyoto-2');

    await first.kill();
    await expect.poll(() => status(audience).textContent(), { timeout: 30_000 }).toContain('Connection lost');
    const second = await start();
    expect(second.address('presenter')).toBe(presenter);
    // The deck comes back by itself, is let in with its kept key and says where it is; the phone returns there.
    await live(audience, 'kyoto-2');
    await goToSlide(deck, 'kyoto-3');
    await live(audience, 'kyoto-3');
    expect(await notice(deck).count()).toBe(0);
    await deck.context().close();

    // With no deck open at all, a phone that arrives after a restart still lands where the talk stopped.
    await second.kill();
    const third = await start();
    const late = await (await browser.newContext(PHONE)).newPage();
    await late.goto(third.address('audience'));
    await late.locator('#read-kyoto-3[aria-current]').waitFor({ timeout: 45_000 });
    await expect.poll(() => status(late).textContent()).toContain('offline');
    await audience.context().close();
    await late.context().close();
  }, 240_000);

  it('with --new-key, tells the open deck (not the phones) and takes the new address pasted into it', async () => {
    await cli?.kill();
    const first = await start();
    const deck = await openDeck(first.address('presenter'));
    await goToSlide(deck, 'partner');
    const audience = await (await browser.newContext(PHONE)).newPage();
    await audience.goto(first.address('audience'));
    await live(audience, 'partner');

    await first.kill();
    const rotated = await start(['--new-key']);
    const fresh = rotated.address('presenter');
    expect(fresh).not.toBe(first.address('presenter'));
    await notice(deck).waitFor({ timeout: 45_000 });
    expect(await notice(deck).textContent()).toContain('refused this deck’s key');
    expect(await audience.getByText('refused').count()).toBe(0);

    // The new presenter address, pasted into the open tab: only its fragment changes, so the page does not reload.
    await deck.evaluate(() => {
      (window as unknown as { sameDeck: boolean }).sameDeck = true;
    });
    await deck.evaluate((url) => {
      location.href = url;
    }, fresh);
    await notice(deck).waitFor({ state: 'detached', timeout: 45_000 });
    expect(await deck.evaluate(() => (window as unknown as { sameDeck?: boolean }).sameDeck)).toBe(true);
    expect(await deck.evaluate(() => location.href)).not.toContain('key=');
    expect(await deck.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe('partner');
    await goToSlide(deck, 'ukraine');
    await live(audience, 'ukraine');
    await deck.context().close();
    await audience.context().close();
  }, 240_000);

  it('lets one presenter tab at a time report: a newer one takes over, the older says so and stops', async () => {
    const running = cli ?? (await start());
    const older = await openDeck(running.address('presenter'));
    await goToSlide(older, 'japan');
    const audience = await (await browser.newContext(PHONE)).newPage();
    await audience.goto(running.address('audience'));
    await live(audience, 'japan');
    const newer = await openDeck(running.address('presenter'));
    await notice(older).waitFor({ timeout: 30_000 });
    expect(await notice(older).textContent()).toContain('Another tab now presents');
    expect(await notice(newer).count()).toBe(0);
    await goToSlide(newer, 'conclusion');
    await live(audience, 'conclusion');
    // The older tab moves on its own screen only: the hall stays with the newer one.
    await goToSlide(older, 'thanks');
    await goToSlide(newer, 'leadership');
    await live(audience, 'leadership');
    expect(await audience.locator('#read-thanks[aria-current]').count()).toBe(0);
    // It takes the talk back only when asked.
    await older.getByRole('button', { name: 'Present from this tab' }).click();
    await notice(older).waitFor({ state: 'detached' });
    await notice(newer).waitFor({ timeout: 30_000 });
    await live(audience, 'thanks');
    await older.context().close();
    await newer.context().close();
    await audience.context().close();
  }, 240_000);

  it('tells a superseded tab’s speaker view, not its deck (which may be on the projector)', async () => {
    const running = cli ?? (await start());
    const older = await openDeck(running.address('presenter'));
    const view = await openSpeakerView(older.context(), older);
    const newer = await openDeck(running.address('presenter'));
    await expect
      .poll(() => view.locator('.speaker-status').textContent(), { timeout: 30_000 })
      .toMatch(/^Slide 1 of 25 · Another tab now presents to the hall: .* Reload the deck to present from it again\.$/);
    expect(await notice(older).count()).toBe(0);
    await view.screenshot({ path: path.join(SCREENSHOT_DIR, 'speaker-view-hall-notice.png') });
    // Reloaded, the older tab presents again, and the newer one is told on its own deck (it has no speaker view).
    await older.reload();
    await notice(newer).waitFor({ timeout: 30_000 });
    await expect.poll(() => view.locator('.speaker-status').textContent(), { timeout: 30_000 }).toBe('Slide 1 of 25');
    await older.context().close();
    await newer.context().close();
  }, 240_000);
});
