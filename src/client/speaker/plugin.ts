import type { RevealApi, RevealPlugin } from 'reveal.js';
import { DeckBridge } from './deck-bridge.ts';
import { DeckChannel } from './deck-channel.ts';
import { showPopupBlocked } from './popup-blocked.ts';

/** Query parameters: `?speaker` makes the page the speaker view; `?split` shows it beside the slide. */
export const SPEAKER_PARAMETER = 'speaker';
const SPLIT_PARAMETER = 'split';
/** Either with `&rehearse` starts in rehearsal mode. */
export const REHEARSE_PARAMETER = 'rehearse';

const S_KEY = 83;
const T_KEY = 84;

/** The deck's own address with `?speaker`: the same file, so it works from a server, a folder or a single file. */
function speakerWindowUrl(location: Location = window.location): string {
  const url = new URL(location.href);
  const rehearse = new URLSearchParams(url.search).has(REHEARSE_PARAMETER);
  url.search = rehearse ? `?${SPEAKER_PARAMETER}&${REHEARSE_PARAMETER}` : `?${SPEAKER_PARAMETER}`;
  url.hash = '';
  return url.href;
}

/**
 * The deck's side of our speaker view, as a reveal.js plugin: S opens the view in a window of its own, T beside the
 * slide in this window (also `?split`, and the way out of a blocked pop-up). The view's code loads only then.
 */
export function speakerPlugin(): RevealPlugin {
  return {
    id: 'speaker',
    init(deck: RevealApi) {
      const bridge = new DeckBridge(deck);
      const channel = new DeckChannel(bridge);
      const inWindow = () => {
        void import('./in-window.ts').then(({ toggleInWindow }) => {
          toggleInWindow(deck, bridge);
        });
      };
      const openWindow = () => {
        const open = channel.openView();
        if (open !== null) {
          open.focus();
          return;
        }
        const view = window.open(speakerWindowUrl(), 'speech-deck-speaker-view', 'popup,width=1280,height=800');
        if (view === null) showPopupBlocked(inWindow);
        else channel.adopt(view);
      };
      deck.addKeyBinding({ keyCode: S_KEY, key: 'S', description: 'Speaker view (its own window)' }, openWindow);
      deck.addKeyBinding({ keyCode: T_KEY, key: 'T', description: 'Speaker view in this window' }, inWindow);
      if (new URLSearchParams(window.location.search).has(SPLIT_PARAMETER)) inWindow();
    },
  };
}
