import * as v from 'valibot';
import { SecretSchema } from '../../protocol/secret.ts';

const KEY = 'speech-deck:presenter-key';

/**
 * The presenter's secret for this tab: taken from the address's fragment (`#key=...`), where the server put it and
 * from where no browser ever sends it, then wiped from the address at once, so that it shows on no screen, in no
 * history entry and no bookmark. Kept in this tab's session storage to survive a reload; never in a page of the
 * audience's. Undefined for a page opened without one.
 */
export function takePresenterKey(): string | undefined {
  const match = /^#key=([^&]*)$/.exec(location.hash);
  if (match !== null) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    const given = v.safeParse(SecretSchema, match[1]);
    if (given.success) sessionStorage.setItem(KEY, given.output);
  }
  return keptPresenterKey();
}

/** The secret this tab keeps, if any: a speaker view that the deck's tab opened has a copy of its session storage. */
export function keptPresenterKey(): string | undefined {
  const kept = v.safeParse(SecretSchema, sessionStorage.getItem(KEY));
  return kept.success ? kept.output : undefined;
}
