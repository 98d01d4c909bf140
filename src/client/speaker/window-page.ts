import { REHEARSE_PARAMETER } from './plugin.ts';
import { DeckStorage } from './storage.ts';
import { OpenerLink } from './view-links.ts';
import { SpeakerView } from './view.ts';

/**
 * The page as the speaker view in a window of its own (`?speaker`): the deck's page, its slides kept as the source
 * of the previews and the deck itself not started; the deck is the window that opened this one.
 */
export function showSpeakerWindow(): void {
  const deck = document.title;
  document.documentElement.classList.add('speaker-window');
  document.title = `Speaker view · ${deck}`;
  const view = new SpeakerView({
    link: new OpenerLink(window.opener as Window | null),
    storage: new DeckStorage(deck),
    deck,
    inWindow: false,
    rehearse: new URLSearchParams(window.location.search).has(REHEARSE_PARAMETER),
  });
  view.element.setAttribute('role', 'main');
  document.body.append(view.element);
  view.settle();
}
