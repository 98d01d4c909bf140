import { modelJson } from 'virtual:speech-deck/speaker-data';
import { adoptPageModel } from '../page-model.ts';
import { HallClient } from '../present/hall-client.ts';
import { DeckSide } from './deck-side/deck-side.ts';
import { isBesideOpen, toggleInWindow } from './in-window.ts';
import type { DeckHost, SpeakerTools } from './tools-loader.ts';
import { showSpeakerWindow } from './window-page.ts';

// The speaker's tools, loaded when first used (S, T, ?speaker, Q, ?present, a view asking to join): the speaker view
// with its script, teleprompter and rehearsal table, the deck's side of it, the hall's client, and the page model
// with every word of the speech, which the deck alone does not need. Built as a classic script of its own
// (src/node/speaker-tools-plugin.ts), so that it loads from a folder too; the one file carries it inline.

adoptPageModel(modelJson);

/** One of each for the page's one deck, made on first use. */
function once<T>(make: (host: DeckHost) => T): (host: DeckHost) => T {
  let made: T | undefined;
  return (host) => (made ??= make(host));
}

const deckSide = once((host) => new DeckSide(host, toggleInWindow, isBesideOpen));
const tools: SpeakerTools = {
  showSpeakerWindow,
  deckSide,
  // The hall's notices go to the speaker view where one hears them, and on the deck only where none does.
  hallClient: once((host) => new HallClient(host, (notice) => deckSide(host).tell(notice))),
};
window.speechDeckTools = tools;
