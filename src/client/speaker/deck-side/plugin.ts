import type { RevealApi, RevealPlugin } from 'reveal.js';
import { advance, coverSlides } from '../../deck-keys.ts';
import { joinWireKey } from '../channel/join-key.ts';
import { keepSecret, keptSecret, newSecret, speakerWindowUrl, wantsSplit } from '../channel/parameters.ts';
import { loadedSpeakerTools, withSpeakerTools, type DeckHost } from '../tools-loader.ts';
import type { DeckSide } from './deck-side.ts';

const S_KEY = 83;
const T_KEY = 84;
const VIEW_WINDOW = 'speech-deck-speaker-view';

/**
 * The deck's doors to the speaker view, as a reveal.js plugin: S opens the view in a window of its own, T beside the
 * slide in this window (also `?split`, and the way out of a blocked pop-up). The deck's side of the view (deck-side.ts)
 * is in the speaker's tools, loaded only then, or at once when this tab was paired before a reload (its view is
 * waiting for an answer), or when a view opened by hand first asks to join (it asks again every few seconds).
 */
export function speakerPlugin(): RevealPlugin {
  return {
    id: 'speaker',
    init(deck: RevealApi) {
      const host: DeckHost = { deck, advance, coverSlides };
      const withDeckSide = (use: (side: DeckSide) => void) => {
        withSpeakerTools('The speaker view', (tools) => {
          use(tools.deckSide(host));
        });
      };
      const inWindow = () => {
        withDeckSide((side) => {
          side.toggleInWindow();
        });
      };
      const openWindow = () => {
        const side = loadedSpeakerTools()?.deckSide(host);
        const open = side?.openView() ?? null;
        if (open !== null) {
          open.focus();
          return;
        }
        // Opened now, while the key press still lets a page open a window: the tools may still be on their way.
        const secret = side?.pairingSecret() ?? keptSecret() ?? keepNewSecret();
        const view = window.open(speakerWindowUrl(secret), VIEW_WINDOW, 'popup,width=1280,height=800');
        withDeckSide((loaded) => {
          loaded.adopt(view);
        });
      };
      deck.addKeyBinding({ keyCode: S_KEY, key: 'S', description: 'Speaker view (its own window)' }, openWindow);
      deck.addKeyBinding({ keyCode: T_KEY, key: 'T', description: 'Speaker view in this window' }, inWindow);
      if (wantsSplit()) inWindow();
      else if (keptSecret() !== null) withDeckSide(() => undefined);
      else
        wakeOnJoin(() => {
          withDeckSide(() => undefined);
        });
    },
  };
}

/** A new pairing secret, kept by this tab, for the deck's side to find when it starts. */
function keepNewSecret(): string {
  const secret = newSecret();
  keepSecret(secret);
  return secret;
}

/** Calls `wake` once, when a speaker view opened by hand first writes to the join wire (join-wire.ts). */
function wakeOnJoin(wake: () => void): void {
  if (!window.isSecureContext) return;
  const key = joinWireKey(document.title);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key || event.newValue === null) return;
    window.removeEventListener('storage', onStorage);
    wake();
  };
  window.addEventListener('storage', onStorage);
}
