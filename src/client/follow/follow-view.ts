import type { Position } from '../../protocol/live.ts';
import { pageModel } from '../page-model.ts';

/** Keys with which a reader scrolls by hand: any of them leaves the live position. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/**
 * Marks the passage being spoken (`aria-current`, for screen readers too) and keeps it in view while the reader
 * follows; a reader who scrolls by hand reads on undisturbed, with a "back to live" button to return.
 */
export class FollowView {
  private following = true;
  private current: Element | undefined;
  private position: Position | undefined;
  private readonly motion = window.matchMedia('(prefers-reduced-motion: reduce)');

  constructor(private readonly back: HTMLElement) {
    const leave = () => {
      this.setFollowing(false);
    };
    window.addEventListener('wheel', leave, { passive: true });
    window.addEventListener('touchmove', leave, { passive: true });
    window.addEventListener('keydown', (event) => {
      if (SCROLL_KEYS.has(event.key) && event.target === document.body) leave();
    });
    // The reader switched language: the same paragraph, in the language now shown.
    for (const input of document.querySelectorAll('input[name="reading-lang"]')) {
      input.addEventListener('change', () => {
        if (this.position !== undefined) this.show(this.position);
      });
    }
    back.addEventListener('click', () => {
      this.setFollowing(true);
      this.reveal();
    });
  }

  show(position: Position): void {
    this.position = position;
    const passage = document.getElementById(`read-${position.slide}`);
    // With the translation, the paragraph in the language the reader reads (English where both show).
    const shown =
      document.documentElement.dataset.readingLang === 'ja' ? '.reading-texts > .lang-tr' : '.reading-texts > .lang-en';
    const texts = passage?.querySelector(shown) ?? passage;
    // The script's paragraph, by its stable id: the same paragraph in the reading view, in either language.
    const paragraphs = pageModel().slides.find((slide) => slide.id === position.slide)?.paragraphs;
    const id = position.paragraph === undefined ? undefined : paragraphs?.[position.paragraph]?.id;
    const paragraph = id === undefined ? undefined : texts?.querySelector(`p[data-paragraph="${CSS.escape(id)}"]`);
    const target = paragraph ?? passage ?? undefined;
    if (target === this.current) return;
    for (const marked of document.querySelectorAll('[aria-current], .is-live')) {
      marked.removeAttribute('aria-current');
      marked.classList.remove('is-live');
    }
    passage?.classList.add('is-live');
    target?.setAttribute('aria-current', 'true');
    this.current = target;
    this.reveal();
  }

  private setFollowing(following: boolean): void {
    this.following = following;
    this.back.hidden = following || this.current === undefined;
  }

  /** Brings the live passage back into view, when the reader follows (after the text changed size, for one). */
  reveal(): void {
    if (!this.following) return;
    const behavior = this.motion.matches ? 'auto' : 'smooth';
    if (this.current === undefined) window.scrollTo({ top: 0, behavior });
    else this.current.scrollIntoView({ block: 'start', behavior });
  }
}
