import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { makeSecret } from '../../src/node/present/secret.ts';
import { startPresentServer, type PresentServer } from '../../src/node/present/server.ts';
import { PHONE, PROJECTOR } from './harness.ts';

/** The run's production build, as the folder the hall's server serves. */
export const buildFolder = (): string => fileURLToPath(inject('folderUrl'));

export interface Hall {
  readonly secret: string;
  server: PresentServer;
  /** Restarts the server on the same port with the same secret, as a crashed and restarted server would be. */
  restart(): Promise<void>;
  /** A phone (audience or clicker) or the presenter's laptop, as a fresh browser context. */
  phone(): Promise<BrowserContext>;
  laptop(): Promise<BrowserContext>;
  /** Opens the deck from the presenter's address and waits until it is ready and reporting. */
  openPresenter(): Promise<Page>;
  openAudience(context?: BrowserContext): Promise<Page>;
}

/** One hall's server on 127.0.0.1 for a test file, with the run's browser; all stopped after the file. */
export function useHall(): Hall {
  let browser: Browser | undefined;
  const secret = makeSecret();
  const start = (port: number) => startPresentServer({ root: buildFolder(), host: '127.0.0.1', port, secret });
  const hall: Hall = {
    secret,
    server: undefined as unknown as PresentServer,
    async restart() {
      const port = hall.server.port;
      await hall.server.close();
      hall.server = await start(port);
    },
    async phone() {
      if (browser === undefined) throw new Error('useHall: the browser connects in beforeAll.');
      return browser.newContext(PHONE);
    },
    async laptop() {
      if (browser === undefined) throw new Error('useHall: the browser connects in beforeAll.');
      return browser.newContext({ viewport: PROJECTOR });
    },
    async openPresenter() {
      const page = await (await hall.laptop()).newPage();
      await page.goto(hall.server.presenterUrl);
      await page.locator('.reveal.ready').waitFor();
      return page;
    },
    async openAudience(context) {
      const page = await (context ?? (await hall.phone())).newPage();
      await page.goto(hall.server.audienceUrl);
      return page;
    },
  };
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
    hall.server = await start(0);
  });
  afterAll(async () => {
    await browser?.close();
    await hall.server.close();
  });
  return hall;
}

/** The audience page's status line. */
export const status = (page: Page) => page.locator('[data-follow-status]');

/** Moves the presenter's deck to a slide by its id. */
export async function goToSlide(deck: Page, id: string): Promise<void> {
  await deck.evaluate((slideId) => {
    const slides = window.Reveal.getSlides();
    window.Reveal.slide(slides.findIndex((slide) => slide.id === slideId));
  }, id);
}
