import { loadPageModel, pageModel } from '../page-model.ts';
import { followLiveState, NOT_YET_FOLLOWED, type Followed } from '../present/live-state.ts';
import { startLanguageSwitch } from '../reading/language.ts';
import { FollowView } from './follow-view.ts';
import { statusText } from './status.ts';
import { statusTextJa } from './status-ja.ts';
import { adjustableTextSize } from './text-size.ts';

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (found === null) throw new Error(`follow.html has no ${selector}.`);
  return found;
}

/** The reader chose the translation alone: the bar speaks it too (the reading view's switch, src/client/reading). */
function readsTranslation(): boolean {
  return document.documentElement.dataset.readingLang === 'ja';
}

/** The slide's headline in the translation, as the page model carries it. */
function translatedHeadline(slide: string): string | undefined {
  return pageModel().slides.find((each) => each.id === slide)?.translation?.headline;
}

/** The bar's words, in the language the reader reads: the status line and the slide's headline. */
function renderBar(status: HTMLElement, headline: HTMLElement, { link, state, receivedAt }: Followed): void {
  const translated = readsTranslation();
  const lang = translated ? document.documentElement.lang : 'en';
  // The talk time runs on between messages, as on the speaker's screen.
  const since = Date.now() - receivedAt;
  const text = translated ? statusTextJa(link, state, since) : statusText(link, state, since);
  status.lang = lang;
  if (status.textContent !== text) status.textContent = text;
  const position = state?.position;
  const words = position && ((translated && translatedHeadline(position.slide)) || position.headline);
  headline.lang = words === position?.headline ? 'en' : lang;
  if (headline.textContent !== (words ?? '')) headline.textContent = words ?? '';
}

/** The audience's page: the reading view, following the speaker live. It only listens; it never sends a position. */
function startFollowing(): void {
  const status = element('[data-follow-status]');
  const headline = element('[data-follow-headline]');
  const bar = element('.follow-bar');
  startLanguageSwitch();
  const view = new FollowView(element('[data-follow-back]'));
  adjustableTextSize([...document.querySelectorAll<HTMLButtonElement>('[data-follow-size]')], () => {
    view.reveal();
  });
  // The bar grows with its words (a Japanese headline wraps rather than being cut short): the page keeps clear of it.
  new ResizeObserver(() => {
    document.documentElement.style.setProperty('--follow-bar-height', `${bar.offsetHeight}px`);
  }).observe(bar);
  // The live position decides where the page stands, not where it stood before a reload.
  history.scrollRestoration = 'manual';
  let followed = NOT_YET_FOLLOWED;
  for (const input of document.querySelectorAll('input[name="reading-lang"]')) {
    input.addEventListener('change', () => {
      renderBar(status, headline, followed);
    });
  }
  renderBar(status, headline, followed);
  followLiveState(
    () => ({ type: 'listen' }),
    (now) => {
      followed = now;
      const { link, state } = now;
      renderBar(status, headline, now);
      document.body.dataset.followLink = link;
      document.body.dataset.followPresenter = String(state?.presenter ?? false);
      if (state?.position) view.show(state.position);
    },
  );
  window.setInterval(() => {
    renderBar(status, headline, followed);
  }, 1000);
}

if (loadPageModel()) startFollowing();
