import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import type { RevealApi } from 'reveal.js';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { currentSlideId, deckLoaded, PROJECTOR, slides, useDeck } from './harness.ts';
import { indexOf, openSpeakerView } from './speaker-harness.ts';
import { channelMessages, endMark, hasReceived, recordMessages, STRANGER_HTML, unpairedCommands } from './stranger.ts';

/** Another HTML file in the deck's folder: from file:// it has the same opaque origin, "null", as the deck. */
const strangerFile = `stranger-${randomUUID()}.html`;
const inFolder = (file: string) => new URL(file, inject('folderUrl')).href;

/** Posts each message from a page to its opener or its frame, and waits until all have arrived. */
async function post(from: Page, to: Page | Frame, target: 'opener' | 'frame', messages: unknown[]): Promise<void> {
  const mark = endMark();
  await from.evaluate(
    ({ list, target }) => {
      const recipient =
        target === 'opener' ? (window.opener as Window) : document.querySelector('iframe')?.contentWindow;
      for (const data of list) recipient?.postMessage(data, '*');
    },
    { list: [...messages, mark], target },
  );
  await expect.poll(() => hasReceived(to as Page, mark)).toBe(true);
}

describe('the speaker channel from a folder (file://), against another file of the folder', () => {
  const session = useDeck({ viewport: PROJECTOR }, () => 'null');

  beforeAll(async () => {
    await writeFile(fileURLToPath(inFolder(strangerFile)), STRANGER_HTML);
    await recordMessages(session.context);
  });
  afterEach(async () => {
    for (const page of session.context.pages()) if (page !== session.page) await page.close();
  });
  afterAll(() => rm(fileURLToPath(inFolder(strangerFile)), { force: true }));

  async function deckWithView(): Promise<{ deck: Page; view: Page }> {
    const deck = session.page;
    await deck.goto(inFolder('index.html#/japan'));
    await deckLoaded(deck);
    // The deck page stays from the test before: going to its own address is only a jump within it.
    await deck.evaluate((index) => {
      window.Reveal.slide(index);
    }, indexOf('japan'));
    await expect.poll(() => currentSlideId(deck)).toBe('japan');
    return { deck, view: await openSpeakerView(session.context, deck) };
  }

  it('ignores a file the deck opened that posts commands to it, and tells it nothing', async () => {
    const { deck, view } = await deckWithView();
    const [stranger] = await Promise.all([
      session.context.waitForEvent('page'),
      deck.evaluate((url) => window.open(url, 'elsewhere'), inFolder(strangerFile)),
    ]);
    await stranger.waitForLoadState();
    await post(stranger, deck, 'opener', unpairedCommands());
    expect(await currentSlideId(deck)).toBe('japan');
    await view.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(deck)).toBe(slides[indexOf('japan') + 1]?.id);
    expect(await channelMessages(stranger)).toEqual([]);
  });

  it('ignores a file that frames the deck and posts commands to it', async () => {
    const stranger = await session.context.newPage();
    await stranger.goto(inFolder(strangerFile));
    await stranger.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      frame.style.cssText = 'width: 960px; height: 540px';
      document.body.append(frame);
    }, inFolder('index.html#/japan'));
    const frame = await (await stranger.waitForSelector('iframe')).contentFrame();
    if (frame === null) throw new Error('The stranger has no frame.');
    // Framed by another file, the deck shows its notice and never starts: nothing there to steer or to answer.
    await frame.locator('.framed-notice').waitFor();
    await post(stranger, frame, 'frame', unpairedCommands());
    expect(await frame.evaluate(() => (window.Reveal as RevealApi | undefined)?.isReady() ?? false)).toBe(false);
    expect(await channelMessages(stranger)).toEqual([]);
  });

  it('stops telling the view anything once it has navigated to another file, and pairs again after a reload', async () => {
    const { deck, view } = await deckWithView();
    await view.reload();
    await view.locator('.speaker').waitFor();
    await view.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(deck)).toBe(slides[indexOf('japan') + 1]?.id);

    await view.goto(inFolder(strangerFile));
    await deck.keyboard.press('ArrowRight');
    await deck.keyboard.press('b');
    await expect.poll(() => deck.evaluate(() => window.Reveal.isPaused())).toBe(true);
    await deck.keyboard.press('b');
    // Long enough for an answer to a hello, were the deck still answering: it states changes at once.
    await deck.waitForTimeout(1500);
    expect(await channelMessages(view)).toEqual([]);
  });
});
