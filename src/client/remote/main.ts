import * as v from 'valibot';
import { CommandSchema } from '../../protocol/live.ts';
import { loadPageModel, pageModel } from '../page-model.ts';
import type { LinkStatus } from '../present/live-socket.ts';
import { followLiveState, NOT_YET_FOLLOWED } from '../present/live-state.ts';
import { takePresenterKey } from '../present/secret.ts';
import { scheduleText } from './time.ts';
import { keepScreenOn } from './wake-lock.ts';

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (found === null) throw new Error(`remote.html has no ${selector}.`);
  return found;
}

const LINK_TEXT: Record<LinkStatus, string> = {
  connecting: 'Connecting…',
  open: 'Paired with the deck',
  lost: 'Connection lost, reconnecting…',
  unserved: 'Open the clicker by scanning the pairing code of the hall’s server',
  refused: 'This pairing code is no longer valid: scan the new one',
};

/** How many of a passage's opening words the clicker shows as its cue. */
const CUE_WORDS = 12;

/** The opening words of a slide's passage, from the page model (its spoken words, as the plan counts them). */
function cue(slide: string): string {
  const passage = pageModel().slides.find((each) => each.id === slide);
  const words = passage?.paragraphs?.flatMap((paragraph) => paragraph.words ?? []) ?? [];
  return words.length > CUE_WORDS ? `${words.slice(0, CUE_WORDS).join(' ')}…` : words.join(' ');
}

/** The speaker's phone as the clicker: it sends next, previous and black screen, and shows where the talk is. */
function startRemote(): void {
  const key = takePresenterKey();
  const status = element('[data-remote-status]');
  const blank = element('[data-remote-command="blank"]');
  let followed = NOT_YET_FOLLOWED;
  const render = () => {
    const { link, state, receivedAt } = followed;
    const position = state?.position ?? null;
    const deck = state !== undefined && !state.presenter ? ' · the deck is not connected' : '';
    // The server said the talk is over before it went: its closed socket is no connection lost.
    const ended = state?.ended === true && link !== 'refused';
    const linkText = ended ? 'The talk has ended' : `${LINK_TEXT[link]}${link === 'open' ? deck : ''}`;
    status.textContent = key === undefined ? LINK_TEXT.unserved : linkText;
    document.body.dataset.remoteLink = link;
    element('[data-remote-current]').textContent = position?.headline ?? '–';
    element('[data-remote-cue]').textContent = position === null ? '' : cue(position.slide);
    element('[data-remote-next]').textContent = position === null ? '–' : position.next || 'The end';
    blank.setAttribute('aria-pressed', String(position?.blank ?? false));
    element('[data-remote-time]').textContent = state === undefined ? '' : scheduleText(state, Date.now() - receivedAt);
  };
  if (key === undefined) {
    render();
    return;
  }
  const socket = followLiveState(
    () => ({ type: 'auth', role: 'remote', key }),
    (now) => {
      followed = now;
      render();
    },
  );
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-remote-command]')) {
    // The page's buttons are parsed like any command: one the protocol does not know is left inert.
    const parsed = v.safeParse(CommandSchema, button.dataset.remoteCommand);
    if (!parsed.success) continue;
    const command = parsed.output;
    button.addEventListener('click', () => {
      socket.send({ type: 'command', command });
      if ('vibrate' in navigator) navigator.vibrate(15);
    });
  }
  keepScreenOn();
  window.setInterval(render, 1000);
}

if (loadPageModel()) startRemote();
