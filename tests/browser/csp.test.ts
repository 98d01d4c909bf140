import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cspViolations,
  deckLoaded,
  deckUrl,
  ONE_FILE,
  openDeck,
  PROJECTOR,
  recordCspViolations,
  useDeck,
} from './harness.ts';

/** reveal.js's zoom plugin zooms on Ctrl+click on Linux, Alt+click elsewhere. */
const ZOOM_KEY = process.platform === 'linux' ? 'Control' : 'Alt';

function policyOf(page: Page): Promise<string | null> {
  return page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
}

describe('the Content-Security-Policy of every built page', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    // Not the watched session: this test provokes the violation (and its console error) that the others forbid.
    browser = await chromium.connect(inject('wsEndpoint'));
    context = await browser.newContext({ viewport: PROJECTOR });
    await recordCspViolations(context);
  });
  afterAll(() => browser.close());

  it.for(['index.html', 'read.html', 'handout.html', 'follow.html', 'remote.html', ONE_FILE])(
    '%s allows only its own and inlined resources, scripts by hash',
    async (file) => {
      const page = await context.newPage();
      await page.goto(new URL(file, deckUrl()).href);
      const policy = (await policyOf(page)) ?? '';
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("connect-src 'self'");
      // Hashes where the page has scripts; none at all where it has none.
      // The deck also admits its own files: the speaker tools' script, which it adds on S, T or ?speaker.
      const own = file === 'index.html' ? " 'self'" : '';
      expect(policy).toMatch(new RegExp(`script-src (?:'none'|(?:'sha256-[A-Za-z0-9+/=]+' ?)+)${own};`));
      // Workers only from blob: URLs, and only on the deck: voice mode's follower, whose code the deck's file carries.
      expect(policy).toContain(file === 'index.html' ? 'worker-src blob:;' : "worker-src 'none';");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(?:inline|eval)'/);
      expect(policy).not.toMatch(/https?:|\*/);
      expect(await cspViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it('has the browser refuse a request to another host', async () => {
    const page = await context.newPage();
    await page.goto(deckUrl());
    await deckLoaded(page);
    const outcome = await page.evaluate(async () => {
      const seen = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          resolve(`${event.effectiveDirective} ${event.blockedURI}`);
        });
      });
      const fetched = await fetch('https://example.org/collect').then(
        () => 'sent',
        () => 'refused',
      );
      return { fetched, violation: await seen };
    });
    expect(outcome).toEqual({ fetched: 'refused', violation: 'connect-src https://example.org/collect' });
    await page.close();
  });
});

describe('reveal.js under the policy', () => {
  const session = useDeck();
  beforeAll(() => recordCspViolations(session.context));

  it('raises no violation in the deck, search, zoom, the overview and the speaker view', async () => {
    const { context, page } = session;
    await openDeck(page, { hash: '#/japan' });
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const current = popup.locator('.script-passage.is-current');
    await current.waitFor();
    await page.keyboard.press('Control+Shift+F');
    await page.locator('.reveal .searchbox input').fill('Entebbe');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe('kyoto-3');
    await expect.poll(() => current.getAttribute('data-slide')).toBe('kyoto-3');
    // Closes the search box, and its field gives the keys back to the deck.
    await page.keyboard.press('Control+Shift+F');
    await page.locator('.reveal .searchbox input').blur();
    await page.locator('.reveal .present h2').click({ modifiers: [ZOOM_KEY] });
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('zoomed'))).toBe(true);
    await page.locator('.reveal .present h2').click({ modifiers: [ZOOM_KEY] });
    await page.keyboard.press('o');
    await expect.poll(() => page.evaluate(() => window.Reveal.isOverview())).toBe(true);
    await page.keyboard.press('o');
    expect(await cspViolations(page)).toEqual([]);
    expect(await cspViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('raises no violation in the print view', async () => {
    const { page } = session;
    await openDeck(page, { search: '?print-pdf' });
    await page.locator('.reveal .pdf-page').first().waitFor({ state: 'attached' });
    expect(await cspViolations(page)).toEqual([]);
  });
});
