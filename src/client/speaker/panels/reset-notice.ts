import type { DeckStorage } from '../state/storage.ts';

/** What each stored key holds, in the speaker's words. */
const WHAT: Readonly<Record<string, string>> = {
  talk: 'talk time and the rehearsal records',
  held: 'the pause of talk time',
  settings: 'the settings (text size, scheme, rehearsal plan)',
};

/**
 * Says once, when the view opens, which remembered values were not valid and were dropped (storage.ts), so that a
 * talk time back at 0:00 is explained rather than a surprise. Shown in the look of the deck's other notices.
 */
export function showResetNotice(storage: DeckStorage, within: HTMLElement): void {
  const keys = storage.reset();
  if (keys.length === 0) return;
  const notice = document.createElement('div');
  // The deck's notice style (theme/deck/chrome.css), which the speaker view's page has as well.
  notice.className = 'popup-blocked speaker-reset-notice';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = `Some remembered values were not valid and were reset: ${keys.map((key) => WHAT[key] ?? key).join('; ')}.`;
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.textContent = 'OK';
  ok.addEventListener('click', () => {
    notice.remove();
  });
  notice.append(text, ok);
  within.append(notice);
}
