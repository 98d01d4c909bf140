import type { BrowserContext, Page } from 'playwright-core';

/** The namespace every message of the speaker channel carries (src/client/speaker/channel/messages.ts). */
const NAMESPACE = 'speech-deck/speaker';

/** Where the deck keeps the pair's secret in its tab's session (src/client/speaker/channel/parameters.ts). */
export const SESSION_KEY = 'speech-deck:speaker-pair';

/** A page that is not the deck's: it opens or frames the deck and tries the speaker channel. */
export const STRANGER_HTML = '<!doctype html><meta charset="utf-8"><title>Stranger</title><p>Not the deck.</p>';

declare global {
  interface Window {
    /** Every message data this page received, recorded from before its first script. */
    received?: unknown[];
  }
}

/** Makes every page of the context record the messages it receives, so a test can see what reached whom. */
export async function recordMessages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.received = [];
    window.addEventListener('message', (event) => window.received?.push(event.data));
  });
}

/** The speaker channel's messages a page has received so far. */
export function channelMessages(page: Page): Promise<unknown[]> {
  return page.evaluate(
    (namespace) =>
      (window.received ?? []).filter(
        (data) =>
          typeof data === 'object' && data !== null && (data as { namespace?: unknown }).namespace === namespace,
      ),
    NAMESPACE,
  );
}

const next = { namespace: NAMESPACE, type: 'command', command: { go: 'next' } };

/** Well-formed commands of a window that was never paired: without the secret, or with a guessed one. */
export function unpairedCommands(): unknown[] {
  return [
    next,
    { ...next, secret: '' },
    { ...next, secret: '0'.repeat(64) },
    { namespace: NAMESPACE, secret: 'f'.repeat(64), type: 'command', command: { blank: 'toggle' } },
    { namespace: NAMESPACE, secret: null, type: 'hello' },
  ];
}

/** The right secret on messages of the wrong shape: each must be dropped without a page error. */
export function malformedMessages(secret: string): unknown[] {
  return [
    { ...next, secret, command: null },
    { ...next, secret, command: { go: 'slide', index: -1 } },
    { ...next, secret, command: { go: 'slide', index: '3' } },
    { ...next, secret, command: { go: 'elsewhere' } },
    { namespace: NAMESPACE, secret, type: 'command' },
    { namespace: NAMESPACE, secret, type: 'state', state: null },
    { namespace: NAMESPACE, secret, type: 'state', state: { index: 'x', total: 25, blanked: false } },
    { namespace: NAMESPACE, secret, type: 'nonsense' },
    { namespace: NAMESPACE, secret: { toString: null }, type: 'hello' },
    JSON.stringify({ ...next, secret }),
    null,
    42,
    [{ ...next, secret }],
  ];
}

/** A command with the right secret and shape: what only the paired view may send. */
export function pairedNext(secret: string): unknown {
  return { ...next, secret };
}

/**
 * A last message to post after forged ones. Messages from one window to another arrive in the order posted, so once
 * the mark has arrived, so have they all, whatever else (a speaker view's hello each second) arrived between.
 */
export function endMark(): { readonly endMark: string } {
  return { endMark: crypto.randomUUID() };
}

/** Whether a page has received the end mark (recordMessages keeps what each page received). */
export function hasReceived(page: Page, mark: { readonly endMark: string }): Promise<boolean> {
  return page.evaluate(
    (id) =>
      (window.received ?? []).some(
        (data) => typeof data === 'object' && data !== null && (data as { endMark?: unknown }).endMark === id,
      ),
    mark.endMark,
  );
}
