import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { currentSlideId, deckLoaded, deckUrl, PROJECTOR, slides } from './harness.ts';
import { indexOf, openSpeakerView } from './speaker-harness.ts';
import {
  channelMessages,
  malformedMessages,
  pairedNext,
  endMark,
  hasReceived,
  recordMessages,
  SESSION_KEY,
  STRANGER_HTML,
  unpairedCommands,
} from './stranger.ts';

/** A page on another port of 127.0.0.1: another origin, as any web page the speaker has open would be. */
function serveStranger(): Promise<Server> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(STRANGER_HTML);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

/** Posts each message to the window the stranger opened, and waits until the deck has received them all. */
async function post(from: Page, to: Page, messages: unknown[]): Promise<void> {
  const mark = endMark();
  await from.evaluate(
    (list) => {
      for (const data of list) (window as unknown as { deck: Window }).deck.postMessage(data, '*');
    },
    [...messages, mark],
  );
  await expect.poll(() => hasReceived(to, mark)).toBe(true);
}

describe('the speaker channel, served, against a page of another origin', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Server;
  let strangerUrl: string;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveStranger();
    strangerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.connect(inject('wsEndpoint'));
    context = await browser.newContext({ viewport: PROJECTOR });
    context.setDefaultTimeout(10_000);
    context.on('weberror', (error) => errors.push(error.error().message));
    await recordMessages(context);
  });
  afterEach(async () => {
    for (const page of context.pages()) await page.close();
    expect(errors.splice(0), 'page errors').toEqual([]);
  });
  afterAll(async () => {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  });

  /** The stranger opens the deck at a slide; the speaker presses S there. */
  async function strangerOpensDeck(): Promise<{ stranger: Page; deck: Page; view: Page; secret: string }> {
    const stranger = await context.newPage();
    await stranger.goto(strangerUrl);
    const [deck] = await Promise.all([
      context.waitForEvent('page'),
      stranger.evaluate(
        (url) => {
          (window as unknown as { deck: Window | null }).deck = window.open(url, 'deck');
        },
        deckUrl('', '#/japan'),
      ),
    ]);
    await deckLoaded(deck);
    const view = await openSpeakerView(context, deck);
    const secret = (await deck.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)) ?? '';
    return { stranger, deck, view, secret };
  }

  it('gives the view a secret of 256 bits that its address no longer shows', async () => {
    const { view, secret } = await strangerOpensDeck();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(new URL(view.url()).hash).toBe('');
    expect(await view.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toBe(secret);
    // Another deck tab makes a secret of its own.
    const other = await context.newPage();
    await other.goto(deckUrl('', '#/japan'));
    await deckLoaded(other);
    await openSpeakerView(context, other);
    expect(await other.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).not.toBe(secret);
  });

  it('ignores commands from another origin, the secret itself included, and sends it nothing', async () => {
    const { stranger, deck, view, secret } = await strangerOpensDeck();
    await post(stranger, deck, [...unpairedCommands(), ...malformedMessages(secret), pairedNext(secret)]);
    expect(await currentSlideId(deck)).toBe('japan');
    expect(await deck.evaluate(() => window.Reveal.isPaused())).toBe(false);
    // The channel itself works: the view drives the deck, and the deck tells the view.
    await view.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(deck)).toBe(slides[indexOf('japan') + 1]?.id);
    expect(await channelMessages(stranger)).toEqual([]);
  });

  it('drops malformed messages of its own origin, with the secret, without a page error', async () => {
    const { deck, view, secret } = await strangerOpensDeck();
    const messages = malformedMessages(secret);
    const toDeck = endMark();
    await view.evaluate(
      (list) => {
        for (const data of list) (window.opener as Window).postMessage(data, window.origin);
      },
      [...messages, toDeck],
    );
    await expect.poll(() => hasReceived(deck, toDeck)).toBe(true);
    expect(await currentSlideId(deck)).toBe('japan');
    // And the view drops what the deck's window might send it malformed.
    const toView = endMark();
    await deck.evaluate(
      (list) => {
        const view = window.open('', 'speech-deck-speaker-view');
        for (const data of list) view?.postMessage(data, window.origin);
      },
      [...messages, toView],
    );
    await expect.poll(() => hasReceived(view, toView)).toBe(true);
    await expect.poll(() => view.locator('.speaker-status').innerText()).toBe(`Slide ${indexOf('japan') + 1} of 25`);
  });

  it('stops telling a view that has navigated to another origin anything', async () => {
    const { deck, view } = await strangerOpensDeck();
    await expect.poll(async () => (await channelMessages(view)).length).toBeGreaterThan(0);
    await view.goto(strangerUrl);
    await deck.keyboard.press('ArrowRight');
    await deck.keyboard.press('b');
    await expect.poll(() => deck.evaluate(() => window.Reveal.isPaused())).toBe(true);
    await deck.keyboard.press('b');
    // Let a hello's answer, if there were one, arrive: the deck's next state goes out at once on a change.
    await deck.waitForTimeout(1500);
    expect(await channelMessages(view)).toEqual([]);
  });
});
