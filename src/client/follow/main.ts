import { loadPageModel } from '../page-model.ts';
import { followLiveState, NOT_YET_FOLLOWED } from '../present/live-state.ts';
import { startLanguageSwitch } from '../reading/language.ts';
import { FollowView } from './follow-view.ts';
import { statusText } from './status.ts';
import { adjustableTextSize } from './text-size.ts';

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (found === null) throw new Error(`follow.html has no ${selector}.`);
  return found;
}

/** The audience's page: the reading view, following the speaker live. It only listens; it never sends a position. */
function startFollowing(): void {
  const status = element('[data-follow-status]');
  const headline = element('[data-follow-headline]');
  startLanguageSwitch();
  const view = new FollowView(element('[data-follow-back]'));
  adjustableTextSize([...document.querySelectorAll<HTMLButtonElement>('[data-follow-size]')], () => {
    view.reveal();
  });
  // The live position decides where the page stands, not where it stood before a reload.
  history.scrollRestoration = 'manual';
  let followed = NOT_YET_FOLLOWED;
  // The talk time runs on between messages, as on the speaker's screen.
  const tell = () => {
    const text = statusText(followed.link, followed.state, Date.now() - followed.receivedAt);
    if (status.textContent !== text) status.textContent = text;
  };
  followLiveState(
    () => ({ type: 'listen' }),
    (now) => {
      followed = now;
      const { link, state } = now;
      tell();
      document.body.dataset.followLink = link;
      document.body.dataset.followPresenter = String(state?.presenter ?? false);
      headline.textContent = state?.position?.headline ?? '';
      if (state?.position) view.show(state.position);
    },
  );
  window.setInterval(tell, 1000);
}

if (loadPageModel()) startFollowing();
