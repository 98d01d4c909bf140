import type { RevealApi, RevealPlugin } from 'reveal.js';
import * as v from 'valibot';
import { DeckMessageSchema, PACED_EVENT } from '../../protocol/live.ts';
import { openLiveSocket, type LiveSocket } from './live-socket.ts';
import { advance } from '../deck-keys.ts';
import { AudienceQr } from './audience-qr.ts';
import { DeckClock } from './deck-clock.ts';
import { deckPosition } from './deck-position.ts';
import { takePresenterKey } from './secret.ts';

/** `?present`: the deck was opened from the presenter's address the hall's server printed. */
const PRESENT_PARAMETER = 'present';
const Q_KEY = 81;

/** The speaker view's paced position (PACED_EVENT), where it has one: the audience follows it. */
const PacedDetail = v.strictObject({
  slide: v.string(),
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)),
});

const presenting = new URLSearchParams(location.search).has(PRESENT_PARAMETER);
// Read (and wiped from the address) as the page loads, before reveal.js reads the hash as a slide's address.
let presenterKey = presenting ? takePresenterKey() : undefined;
/** Called when a new key arrives in the address of the open deck. */
let onNewKey: (() => void) | undefined;

// The presenter's address pasted into the open deck (after `--new-key`) changes only its fragment: no reload. This
// listener runs before reveal.js's (registered as the module loads), takes the key, and keeps reveal.js from reading
// `#key=...` as a slide's address.
window.addEventListener('hashchange', (event) => {
  if (!presenting || !location.hash.startsWith('#key=')) return;
  event.stopImmediatePropagation();
  presenterKey = takePresenterKey() ?? presenterKey;
  onNewKey?.();
});

const NOTICES = {
  key: 'The hall’s server refused this deck’s key: it has a new one. Open the presenter address that npm run present printed, in this tab.',
  superseded: 'Another tab now presents to the hall: this one no longer reports its slides.',
};

/** A notice on the presenter's deck only (never on an audience page), with a way to act on it. */
class PresenterNotice {
  private element: HTMLElement | undefined;

  show(text: string, action?: { label: string; run: () => void }): void {
    this.hide();
    const element = document.createElement('div');
    // The look of the deck's other notices, in the corner where the missing-slide notice stands (theme/deck/chrome.css).
    element.className = 'popup-blocked missing-slide present-notice';
    element.setAttribute('role', 'alert');
    const line = document.createElement('p');
    line.textContent = text;
    element.append(line);
    if (action !== undefined) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.label;
      button.addEventListener('click', action.run);
      element.append(button);
    }
    document.body.append(element);
    this.element = element;
  }

  hide(): void {
    this.element?.remove();
    this.element = undefined;
  }
}

function reportTo(deck: RevealApi): void {
  let paragraph: { slide: string; paragraph: number } | undefined;
  let socket: LiveSocket | undefined = undefined;
  const notice = new PresenterNotice();
  const report = () => {
    const at = paragraph?.slide === deck.getCurrentSlide().id ? paragraph.paragraph : undefined;
    socket?.send({ type: 'position', position: deckPosition(deck, at, clock.report()) });
  };
  const clock = new DeckClock(deck, report);
  const again = () => {
    notice.hide();
    socket?.reconnect();
  };
  socket = openLiveSocket({
    schema: DeckMessageSchema,
    hello: () => ({ type: 'auth', role: 'presenter', key: presenterKey ?? '' }),
    onStatus: () => undefined,
    onRefused(why) {
      if (why === 'key') notice.show(NOTICES.key);
      else notice.show(NOTICES.superseded, { label: 'Present from this tab', run: again });
    },
    onMessage(message) {
      // Let in (again, after a restart): the hall learns at once where the deck is.
      if (message.type === 'welcome') {
        notice.hide();
        report();
      }
      if (message.type !== 'command' || message.command === undefined) return;
      if (message.command === 'blank') deck.togglePause();
      else advance(deck, message.command);
    },
  });
  onNewKey = again;
  for (const event of ['slidechanged', 'paused', 'resumed']) deck.on(event, report);
  window.addEventListener(PACED_EVENT, (event) => {
    const detail = v.safeParse(PacedDetail, event instanceof CustomEvent ? event.detail : undefined);
    if (!detail.success) return;
    paragraph = detail.output;
    report();
  });
}

/**
 * The deck's side of the hall's server: Q shows the audience's address as a QR code wherever the deck is served;
 * opened from the presenter's address, the deck also reports each slide (and the black screen) to every listener
 * and obeys the phone clicker's commands.
 */
export function presentPlugin(): RevealPlugin {
  return {
    id: 'present',
    init(deck: RevealApi) {
      if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
      const qr = new AudienceQr();
      deck.addKeyBinding({ keyCode: Q_KEY, key: 'Q', description: 'QR code of the audience’s page' }, () => {
        void qr.toggle();
      });
      if (presenterKey !== undefined) reportTo(deck);
      else if (presenting) {
        // Opened as presenter without a key: the presenter address pasted in later starts the reporting.
        onNewKey = () => {
          reportTo(deck);
        };
      }
    },
  };
}
