import { AxeBuilder } from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { speech } from '../../slides/speech.ts';
import { deckSlides } from '../../src/model/deck.ts';
import { SLIDE_SIZE } from '../../src/model/slide-size.ts';
import { outputName } from '../../src/model/title.ts';

/** The deck as the outline defines it: what the browser is checked against. */
export const slides = deckSlides(speech);

declare global {
  interface Window {
    /** Every Content-Security-Policy violation the page reported, as "directive blocked-URI" (recordCspViolations). */
    cspViolations: string[];
  }
}

/** Records the CSP violations each page of the context reports, from its first script on. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
}

/** The CSP violations a page has reported so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cspViolations);
}

/** A slide's name in the bookmarks and the hall's pages, as the model gives it. */
export function bookmarkOf(id: string): string | undefined {
  return slides.find((slide) => slide.id === id)?.bookmark.title;
}

/** The projector the deck is designed for. */
export const PROJECTOR = SLIDE_SIZE;

/** The deck as one file, named after the outline's kind and date. */
export const ONE_FILE = `${outputName(speech.titleBlock)}.html`;

/** A phone held upright, as a reader holds it. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
} as const;

/** Where a run leaves a picture of every slide, for a person to look through (git-ignored). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/**
 * Long enough for a slow machine (10 s was overrun by a dev page's first load under a load of 30 on two cores), short
 * enough that a deck that never gets there fails within the test timeout.
 */
const STEP_TIMEOUT = 30_000;

export { normalise } from '../source.ts';

export function deckUrl(search = '', hash = ''): string {
  return new URL(`${search}${hash}`, inject('baseUrl')).href;
}

/**
 * Waits until the deck in the page has finished loading: reveal.js ready with our speaker view's plugin, and the
 * font in, so that measurements and pictures are final and leaving the page aborts nothing.
 */
export async function deckLoaded(page: Page): Promise<void> {
  await page.locator('.reveal.ready').waitFor();
  await page.waitForFunction(() => window.Reveal.hasPlugin('speaker'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Loads the deck and waits until it has finished loading. */
export async function openDeck(page: Page, where: { search?: string; hash?: string } = {}): Promise<void> {
  await page.goto(deckUrl(where.search, where.hash));
  await deckLoaded(page);
}

export function currentSlideId(page: Page): Promise<string> {
  return page.evaluate(() => window.Reveal.getCurrentSlide().id);
}

/** Records what must never happen while the deck runs, in every page of the context, pop-ups and frames included. */
function watch(context: BrowserContext, problems: string[], localOrigin: () => string): void {
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (at ${message.location().url})`);
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().stack ?? error.error().message}`));
  context.on('request', (request) => {
    const url = new URL(request.url());
    const inline = ['data:', 'blob:', 'about:'].includes(url.protocol);
    if (!inline && url.origin !== localOrigin()) problems.push(`request to another host: ${request.url()}`);
  });
  context.on('requestfailed', (request) => {
    problems.push(`failed request: ${request.url()} (${request.failure()?.errorText ?? 'no reason given'})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  context.on('dialog', (dialog) => {
    problems.push(`${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

export interface DeckSession {
  /** The file's browser context and its one page, reused across the file's tests. */
  readonly context: BrowserContext;
  readonly page: Page;
  /** A further context, watched like the first, for tests that need other device settings or init scripts. */
  newContext(options: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * Connects the test file to the run's browser, opens one context (`options`) with one page, and fails every test
 * during which the deck logged a console error, threw, made a request that failed or left the local server, or
 * opened a dialog.
 */
export function useDeck(
  options: BrowserContextOptions = { viewport: PROJECTOR },
  /** The one server the deck may ask anything of: the run's production build unless a test serves its own. */
  localOrigin: () => string = () => new URL(inject('baseUrl')).origin,
): DeckSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const problems: string[] = [];

  const newContext = async (contextOptions: BrowserContextOptions) => {
    if (browser === undefined) {
      throw new Error('useDeck: the browser is connected in beforeAll; use the session in tests.');
    }
    const created = await browser.newContext(contextOptions);
    created.setDefaultTimeout(STEP_TIMEOUT);
    watch(created, problems, localOrigin);
    return created;
  };

  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
    context = await newContext(options);
    page = await context.newPage();
  });
  afterEach(() => {
    expect(problems.splice(0), 'console errors, page errors, failed or foreign requests, dialogs').toEqual([]);
  });
  // Closing a connected browser closes this file's contexts and disconnects; the run's browser stays up for the others.
  afterAll(() => browser?.close());

  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useDeck: the session opens in beforeAll; use it in tests and hooks.');
    return value;
  };
  return {
    get context() {
      return opened(context);
    },
    get page() {
      return opened(page);
    },
    newContext,
  };
}

/**
 * axe's violations on the page as it stands, one line each (rule, impact, elements). Legacy mode runs axe in the page
 * itself rather than through a helper page per run: about twice as fast, and the deck has no cross-origin frames, the
 * one thing it cannot reach. The enhanced contrast rule (WCAG AAA) is off in axe by default; the deck promises it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ rules: { 'color-contrast-enhanced': { enabled: true } } })
    .analyze();
  return violations.map(({ id, impact, nodes }) => {
    const targets = nodes.map((node) => node.target.join(' ')).join(', ');
    return `${id} (${impact ?? 'no impact given'}): ${targets}`;
  });
}

/** Counts a PDF's pages from its page objects, which is all a test needs. */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
