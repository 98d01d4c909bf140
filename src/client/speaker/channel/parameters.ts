/**
 * The speaker view's part of the page's address, in one place: `?speaker` makes the page the speaker view, `?split`
 * shows it beside the slide, either with `&rehearse` starts in rehearsal mode, and `#pair=…` hands the view opened
 * with S the deck's secret, which is made, compared, checked and kept here too.
 */
const SPEAKER = 'speaker';
const SPLIT = 'split';
const REHEARSE = 'rehearse';
const PAIR = 'pair';

/** Where each window keeps its pairing secret, so that a reload of either finds the other again. */
const SESSION_KEY = 'speech-deck:speaker-pair';
const SECRET_FORMAT = /^[0-9a-f]{64}$/;

const has = (name: string, location: Location) => new URLSearchParams(location.search).has(name);

export function isSpeakerPage(location: Location = window.location): boolean {
  return has(SPEAKER, location);
}

export function wantsSplit(location: Location = window.location): boolean {
  return has(SPLIT, location);
}

export function wantsRehearsal(location: Location = window.location): boolean {
  return has(REHEARSE, location);
}

/** The deck's own address with `?speaker` and the secret: the same file, served, from a folder or as one file. */
export function speakerWindowUrl(secret: string, location: Location = window.location): string {
  const url = new URL(location.href);
  url.search = wantsRehearsal(location) ? `?${SPEAKER}&${REHEARSE}` : `?${SPEAKER}`;
  url.hash = `${PAIR}=${secret}`;
  return url.href;
}

/** A secret well formed, or null: anything else in the fragment or the session is ignored. */
export function wellFormedSecret(value: unknown): string | null {
  return typeof value === 'string' && SECRET_FORMAT.test(value) ? value : null;
}

function sessionSecret(): string | null {
  try {
    return wellFormedSecret(window.sessionStorage.getItem(SESSION_KEY));
  } catch {
    return null;
  }
}

/** Keeps the secret in this window's session: the tab's own, which no other window reads. */
export function keepSecret(secret: string): void {
  try {
    window.sessionStorage.setItem(SESSION_KEY, secret);
  } catch {
    // Without session storage a reload needs S again; the talk goes on.
  }
}

/**
 * The secret this window was given in its fragment (taken out of the visible address at once, so that it is not
 * shown, bookmarked or copied with the link) or kept from before a reload; null when it has none.
 */
export function takeSecret(): string | null {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const given = wellFormedSecret(fragment.get(PAIR));
  if (fragment.has(PAIR)) {
    const url = new URL(window.location.href);
    url.hash = '';
    window.history.replaceState(window.history.state, '', url.href.replace(/#$/, ''));
  }
  if (given !== null) keepSecret(given);
  return given ?? sessionSecret();
}

/** The deck's secret: the one it made before a reload, or none yet. */
export function keptSecret(): string | null {
  return sessionSecret();
}

/** The pairing secret's length: 256 bits, so that it also serves as a key (see the hand-joined channel). */
const SECRET_BYTES = 32;

/** A fresh secret from Web Crypto, as 64 hex digits (a form that survives a URL fragment and storage unchanged). */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares two secrets in time that does not depend on where they first differ. */
export function sameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
