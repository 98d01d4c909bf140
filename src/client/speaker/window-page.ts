import { takeSecret } from './parameters.ts';
import { showResetNotice } from './reset-notice.ts';
import { OpenerLink } from './view-links.ts';
import { SpeakerView } from './view.ts';
import { viewOptions } from './view-options.ts';

/**
 * The page as the speaker view in a window of its own (`?speaker`): the deck's page, its slides kept as the source
 * of the previews and the deck itself not started; the deck is the window that opened this one, and the secret it
 * gave in the address (or this tab kept from before a reload) pairs the two.
 */
export function showSpeakerWindow(): void {
  const options = viewOptions(new OpenerLink(window.opener as Window | null, takeSecret()));
  document.documentElement.classList.add('speaker-window');
  document.title = `Speaker view · ${options.deck}`;
  const view = new SpeakerView(options);
  view.element.setAttribute('role', 'main');
  document.body.append(view.element);
  showResetNotice(options.storage, view.element);
  view.settle();
}
