import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deckLoaded, deckUrl, PROJECTOR, SCREENSHOT_DIR } from './harness.ts';

/** reveal.js's API message that, with its postMessage API on, moves the deck to slide 12. */
const STEER = JSON.stringify({ method: 'slide', args: [12] });

/** A stranger: a page on another 127.0.0.1 port that frames the deck, or opens it. */
function strangerServer(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const src = url.searchParams.get('frame');
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(
      src === null
        ? '<!doctype html><title>Opener</title><p>A page of another site.</p>'
        : `<!doctype html><title>Framer</title><iframe src="${src.replace(/"/g, '&quot;')}" width="960" height="540"></iframe>`,
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

/**
 * Posts `message` to `target` from `sender`, then a sentinel (see sentinelArrived). Messages between two
 * windows arrive in order, so by then the target has handled the first (and answered it, if it answers).
 */
async function postThenSettle(sender: Page | Frame, target: string, message: string): Promise<void> {
  await sender.evaluate(
    ([target, message]) => {
      const window_ = (window as unknown as Record<string, Window>)[target] ?? window;
      window_.postMessage(message, '*');
      window_.postMessage('sentinel', '*');
    },
    [target, message] as const,
  );
}

type Sentinel = Window & { sentinel?: Promise<void> };

/** Listens, in the deck's window, for the sentinel that `postThenSettle` sends after its message. */
async function listenForSentinel(deck: Page | Frame): Promise<void> {
  await deck.evaluate(() => {
    (window as Sentinel).sentinel = new Promise<void>((resolve) => {
      window.addEventListener('message', (event) => {
        if (event.data === 'sentinel') resolve();
      });
    });
  });
}

async function sentinelArrived(deck: Page | Frame): Promise<void> {
  await deck.evaluate(() => (window as Sentinel).sentinel);
}

describe('a page of another site', () => {
  let browser: Browser;
  let context: BrowserContext;
  let stranger: Server;
  let strangerUrl = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
    context = await browser.newContext({ viewport: PROJECTOR });
    context.on('weberror', (error) => pageErrors.push(error.error().message));
    stranger = await strangerServer();
    strangerUrl = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await browser.close();
    await new Promise((resolve) => stranger.close(resolve));
    expect(pageErrors).toEqual([]);
  });

  it('that frames the deck sees a notice in its place, and the deck answers none of its messages', async () => {
    const page = await context.newPage();
    const src = deckUrl('?postMessage=true&postMessageEvents=true');
    await page.goto(`${strangerUrl}?frame=${encodeURIComponent(src)}`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.framed-notice').textContent()).resolves.toMatch(/does not run inside another page/);
    expect(await frame.locator('.reveal').isHidden()).toBe(true);
    const deck = page.frames().find((candidate) => candidate !== page.mainFrame());
    if (deck === undefined) throw new Error('The framing page has no frame.');
    // The deck never started: no reveal.js in the frame to obey or answer.
    expect(await deck.evaluate(() => typeof window.Reveal)).toBe('undefined');
    await page.close();
  });

  it('from a folder: another file framing the deck sees the notice', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'framer-'));
    try {
      const framer = path.join(folder, 'framer.html');
      const src = new URL('index.html', inject('folderUrl')).href;
      writeFileSync(
        framer,
        `<!doctype html><title>Framer</title><iframe src="${src}" width="960" height="540"></iframe>`,
      );
      const page = await context.newPage();
      await page.goto(pathToFileURL(framer).href);
      await expect(page.frameLocator('iframe').locator('.framed-notice').isVisible()).resolves.toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'framed-notice.png') });
      await page.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('that opened the deck cannot move it with reveal.js API messages', async () => {
    const opener = await context.newPage();
    await opener.goto(strangerUrl);
    const [deck] = await Promise.all([
      context.waitForEvent('page'),
      opener.evaluate((url) => {
        (window as unknown as { deck: Window | null }).deck = window.open(url);
      }, deckUrl('?postMessage=true')),
    ]);
    await deckLoaded(deck);
    await listenForSentinel(deck);
    await postThenSettle(opener, 'deck', STEER);
    await sentinelArrived(deck);
    expect(await deck.evaluate(() => window.Reveal.getIndices().h)).toBe(0);
    await deck.close();
    await opener.close();
  });
});

describe('a frame of its own origin', () => {
  it('runs the deck, which sends nothing to its parent even with ?postMessageEvents=true, and obeys no message', async () => {
    const browser = await chromium.connect(inject('wsEndpoint'));
    try {
      const context = await browser.newContext({ viewport: PROJECTOR });
      // A page of the deck's origin without the deck's CSP, which allows no frames: served by the test itself.
      const framer = deckUrl('framer.html');
      await context.route(framer, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Own</title>' }),
      );
      const page = await context.newPage();
      await page.goto(framer);
      await page.evaluate((src) => {
        const received: unknown[] = [];
        (window as unknown as { received: unknown[] }).received = received;
        window.addEventListener('message', (event) => received.push(event.data));
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.name = 'inner';
        document.body.append(frame);
      }, deckUrl('?postMessage=true&postMessageEvents=true'));
      const inner = await page
        .locator('iframe[name=inner]')
        .elementHandle()
        .then((element) => element.contentFrame());
      if (inner === null) throw new Error('The frame is missing.');
      await inner.locator('.reveal.ready').waitFor();
      // Moving the deck fires reveal.js's events; then a sentinel from the same window, which arrives after them.
      await inner.evaluate(() => {
        window.Reveal.next();
        window.parent.postMessage('sentinel', '*');
      });
      await page.waitForFunction(() => (window as unknown as { received: unknown[] }).received.includes('sentinel'));
      expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual(['sentinel']);

      await listenForSentinel(inner);
      await postThenSettle(page, 'inner', STEER);
      await sentinelArrived(inner);
      expect(await inner.evaluate(() => window.Reveal.getIndices().h)).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
