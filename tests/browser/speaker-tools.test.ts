import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cspViolations, deckUrl, ONE_FILE, PROJECTOR, recordCspViolations } from './harness.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  // Not the watched session: one test has the browser refuse a changed file, which it reports as a console error.
  browser = await chromium.connect(inject('wsEndpoint'));
  context = await browser.newContext({ viewport: PROJECTOR });
  await recordCspViolations(context);
});

afterAll(() => browser.close());

describe('the speaker tools', () => {
  /** The scripts the page asked for, by file name. */
  const scriptsAsked = (page: Page) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') asked.push(new URL(request.url()).pathname.split('/').pop() ?? '');
    });
    return asked;
  };

  it.for([
    ['served', () => new URL('index.html', deckUrl()).href],
    ['from the folder', () => new URL('index.html', inject('folderUrl')).href],
  ] as const)('load %s when first used (T), not with the deck', async ([, address]) => {
    const page = await context.newPage();
    const asked = scriptsAsked(page);
    await page.goto(address());
    await page.locator('.reveal.ready').waitFor();
    await page.waitForLoadState('load');
    expect(asked).toEqual([]);
    expect(await page.evaluate(() => 'speechDeckTools' in window)).toBe(false);
    await page.keyboard.press('t');
    await page.locator('.speaker .script-words').first().waitFor();
    await page.keyboard.press('t');
    await page.keyboard.press('t');
    await page.locator('.speaker .script-words').first().waitFor();
    expect(asked).toEqual(['speaker-tools.js']);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('are in the one file, which asks for no file at all', async () => {
    const page = await context.newPage();
    const asked = scriptsAsked(page);
    await page.goto(new URL(ONE_FILE, inject('folderUrl')).href);
    await page.locator('.reveal.ready').waitFor();
    await page.keyboard.press('t');
    await page.locator('.speaker .script-words').first().waitFor();
    expect(asked).toEqual([]);
    await page.close();
  });

  it('are refused, served, when the file is not the one the build wrote', async () => {
    const page = await context.newPage();
    await page.route('**/speaker-tools.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'window.speechDeckTools = { toggleInWindow() {} };' }),
    );
    const refused = page.waitForEvent('console', (message) => /integrity/i.test(message.text()));
    await page.goto(new URL('index.html', deckUrl()).href);
    await page.locator('.reveal.ready').waitFor();
    await page.keyboard.press('t');
    await refused;
    // The speaker reads why, in one line; the deck goes on.
    await expect
      .poll(() => page.locator('.speaker-tools-missing').textContent())
      .toMatch(
        /^The speaker view cannot start: the speaker's tools did not load \(.*speaker-tools\.js is missing or not the one built with this deck\)\. Keep the deck's folder whole, or use the one file\.$/,
      );
    expect(await page.evaluate(() => 'speechDeckTools' in window)).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.Reveal.getIndices().h)).toBe(1);
    await page.close();
  });
});
