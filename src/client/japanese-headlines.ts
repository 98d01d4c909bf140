import type { RevealApi } from 'reveal.js';

const J_KEY = 74;

/**
 * J shows each slide's Japanese headline under the English one, and J again hides it: for a hall that reads Japanese
 * first. Off at every load, as the slides were designed; listed in reveal.js's help overlay (?). Only in a deck built
 * with the headlines (the default; speechDeck({ japaneseHeadlines: false }) leaves them out).
 */
export function addJapaneseHeadlinesKey(deck: RevealApi, root: HTMLElement = document.documentElement): void {
  // A deck built without them (speechDeck's japaneseHeadlines option) offers no key that would do nothing.
  if (root.querySelector('.headline-ja') === null) return;
  deck.addKeyBinding({ keyCode: J_KEY, key: 'J', description: 'Japanese headlines under the English (仮訳)' }, () => {
    root.classList.toggle('show-ja');
    // The headlines change the slides' height: reveal.js centres and scales them again.
    deck.layout();
  });
}
