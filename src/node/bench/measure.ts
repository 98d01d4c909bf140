import type { Browser, Response } from 'playwright-core';
import { gzipBytes, resourceKind, type ResponseRecord } from './bytes.ts';

export const VIEWPORT = { width: 1280, height: 720 } as const;
const LOAD_TIMEOUT_MS = 30_000;

/**
 * Notes `performance.now()` (milliseconds since navigation start) in the microtask right after reveal.js puts `ready`
 * on `.reveal`, rather than polling, which would add up to a poll interval to every figure. A string, not a function,
 * because tsx compiles functions with calls to a `__name` helper that the page does not have.
 */
const READY_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('.reveal.ready') === null) return;
    window.__benchReadyAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
})();`;

/** One cold load (a fresh context has an empty cache): milliseconds from navigation start to `.reveal.ready`. */
export async function timeToReady(browser: Browser, url: string): Promise<number> {
  // Playwright evaluates a string predicate with eval, which the deck's Content-Security-Policy refuses.
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    const readyAt = await page.waitForFunction('window.__benchReadyAt', undefined, { timeout: LOAD_TIMEOUT_MS });
    const value: unknown = await readyAt.jsonValue();
    if (typeof value !== 'number') throw new Error(`${url}: the ready probe reported ${String(value)}.`);
    return value;
  } finally {
    await context.close();
  }
}

async function responseRecord(response: Response): Promise<ResponseRecord> {
  const request = response.request();
  const kind = resourceKind((await response.headerValue('content-type')) ?? undefined, request.resourceType());
  const body = await response.body();
  const sizes = await request.sizes();
  return {
    url: response.url(),
    status: response.status(),
    kind,
    raw: body.length,
    gzip: gzipBytes(body, kind),
    wire: sizes.responseBodySize,
  };
}

/** Every response of one cold load, until the deck is ready and the network has been idle for half a second. */
export async function firstLoadResponses(browser: Browser, url: string): Promise<ResponseRecord[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const records: Promise<ResponseRecord>[] = [];
    page.on('response', (response) => records.push(responseRecord(response)));
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.waitForSelector('.reveal.ready', { state: 'attached', timeout: LOAD_TIMEOUT_MS });
    // Fonts and anything else fetched once slides are laid out arrive after `load`.
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS });
    return await Promise.all(records);
  } finally {
    await context.close();
  }
}
