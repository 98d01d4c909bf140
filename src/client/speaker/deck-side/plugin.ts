import type { RevealApi, RevealPlugin } from 'reveal.js';
import { DeckBridge } from './deck-bridge.ts';
import { DeckChannel } from './deck-channel.ts';
import { listenForJoins } from './deck-join.ts';
import { JoinWire } from '../channel/join-wire.ts';
import { speakerWindowUrl, wantsSplit } from '../channel/parameters.ts';
import { showPopupBlocked } from './popup-blocked.ts';
import { withSpeakerTools } from '../tools-loader.ts';

const S_KEY = 83;
const T_KEY = 84;

/**
 * The deck's side of our speaker view, as a reveal.js plugin: S opens the view in a window of its own, T beside the
 * slide in this window (also `?split`, and the way out of a blocked pop-up). The view's code loads only then.
 */
export function speakerPlugin(): RevealPlugin {
  return {
    id: 'speaker',
    init(deck: RevealApi) {
      const bridge = new DeckBridge(deck);
      const wire = new JoinWire(document.title);
      const channel = new DeckChannel(bridge, wire);
      listenForJoins(wire, () => channel.pairingSecret());
      const inWindow = () => {
        withSpeakerTools((tools) => {
          tools.toggleInWindow(deck, bridge);
        });
      };
      const openWindow = () => {
        const open = channel.openView();
        if (open !== null) {
          open.focus();
          return;
        }
        const view = window.open(
          speakerWindowUrl(channel.pairingSecret()),
          'speech-deck-speaker-view',
          'popup,width=1280,height=800',
        );
        if (view === null) showPopupBlocked(inWindow);
        else channel.adopt(view);
      };
      deck.addKeyBinding({ keyCode: S_KEY, key: 'S', description: 'Speaker view (its own window)' }, openWindow);
      deck.addKeyBinding({ keyCode: T_KEY, key: 'T', description: 'Speaker view in this window' }, inWindow);
      if (wantsSplit()) inWindow();
    },
  };
}
