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

// Read (and wiped from the address) as the page loads, before reveal.js reads the hash as a slide's address.
const presenterKey = new URLSearchParams(location.search).has(PRESENT_PARAMETER) ? takePresenterKey() : undefined;

function reportTo(deck: RevealApi, key: string): void {
  let paragraph: { slide: string; paragraph: number } | undefined;
  let socket: LiveSocket | undefined = undefined;
  const report = () => {
    const at = paragraph?.slide === deck.getCurrentSlide().id ? paragraph.paragraph : undefined;
    socket?.send({ type: 'position', position: deckPosition(deck, at, clock.report()) });
  };
  const clock = new DeckClock(deck, report);
  socket = openLiveSocket({
    schema: DeckMessageSchema,
    hello: () => ({ type: 'auth', role: 'presenter', key }),
    onStatus: () => undefined,
    onMessage(message) {
      if (message.type === 'welcome') report();
      if (message.type !== 'command' || message.command === undefined) return;
      if (message.command === 'blank') deck.togglePause();
      else advance(deck, message.command);
    },
  });
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
      if (presenterKey !== undefined) reportTo(deck, presenterKey);
    },
  };
}
