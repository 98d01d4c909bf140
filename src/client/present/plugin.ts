import type { RevealApi, RevealPlugin } from 'reveal.js';
import { advance, coverSlides } from '../deck-keys.ts';
import { withSpeakerTools, type DeckHost } from '../speaker/tools-loader.ts';
import type { HallClient } from './hall-client.ts';
import { takePresenterKey } from './secret.ts';

/** `?present`: the deck was opened from the presenter's address the hall's server printed. */
const PRESENT_PARAMETER = 'present';
const Q_KEY = 81;

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

/**
 * The deck's doors to the hall's server, wherever the deck is served: Q shows the audience's address as a QR code;
 * opened from the presenter's address, the deck also reports to the hall. The hall's client (hall-client.ts) is in
 * the speaker's tools, loaded on the first Q, or at once when presenting.
 */
export function presentPlugin(): RevealPlugin {
  return {
    id: 'present',
    init(deck: RevealApi) {
      if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
      const host: DeckHost = { deck, advance, coverSlides };
      const withHall = (what: string, use: (hall: HallClient) => void) => {
        withSpeakerTools(what, (tools) => {
          use(tools.hallClient(host));
        });
      };
      deck.addKeyBinding({ keyCode: Q_KEY, key: 'Q', description: 'QR code of the audience’s page' }, () => {
        withHall('The audience’s QR code', (hall) => {
          hall.toggleQr();
        });
      });
      const present = () => {
        withHall('Presenting to the hall', (hall) => {
          hall.present(() => presenterKey ?? '');
        });
      };
      // Opened as presenter without a key, the presenter address pasted in later starts the reporting.
      if (presenting) onNewKey = present;
      if (presenterKey !== undefined) present();
    },
  };
}
