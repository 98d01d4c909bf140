import type { RevealApi } from 'reveal.js';
import * as v from 'valibot';
import { DECK_FACE_FILE } from '../model/japanese-words.ts';

const J_KEY = 74;

/** The family deck-ja.css names first for the headlines: the reading view's face, under the same name. */
const FAMILY = 'Noto Serif JP';

/** `?headlines=ja` in the address: the deck opens with the Japanese headlines shown (the slides PDF in Japanese). */
const AskedSchema = v.literal('ja');

let face: Promise<void> | undefined;

/**
 * Loads the Japanese face once. Where the deck travels without it (the one-file copy, alone on a USB stick), the
 * load fails and the machine's own Japanese serif draws the headlines, as deck-ja.css lists.
 */
function loadJapaneseFace(): Promise<void> {
  face ??= (async () => {
    const font = new FontFace(FAMILY, `url("${new URL(DECK_FACE_FILE, document.baseURI).href}")`);
    document.fonts.add(font);
    await font.load();
  })().catch(() => undefined);
  return face;
}

function show(root: HTMLElement, shown: boolean, relayout: () => void): void {
  root.classList.toggle('show-ja', shown);
  if (shown) {
    // The face changes no line of a headline (Japanese glyphs are all one em wide), but reveal.js measures again.
    void loadJapaneseFace().then(relayout);
  }
}

/**
 * Shows the Japanese headlines from the start when the address asks for them (`?headlines=ja`), before reveal.js
 * lays the slides out: the print view (`?print-pdf`) paginates them once, at its start.
 */
export function showJapaneseHeadlinesIfAsked(deck: RevealApi, root: HTMLElement = document.documentElement): void {
  const asked = v.safeParse(AskedSchema, new URLSearchParams(window.location.search).get('headlines'));
  if (asked.success && root.querySelector('.headline-ja') !== null) {
    show(root, true, () => {
      if (deck.isReady()) deck.layout();
    });
  }
}

/**
 * J shows each slide's Japanese headline under the English one, and J again hides it: for a hall that reads Japanese
 * first. Off at every load, as the slides were designed; listed in reveal.js's help overlay (?). Only in a deck built
 * with the headlines (the default; speechDeck({ japaneseHeadlines: false }) leaves them out).
 */
export function addJapaneseHeadlinesKey(deck: RevealApi, root: HTMLElement = document.documentElement): void {
  // A deck built without them (speechDeck's japaneseHeadlines option) offers no key that would do nothing.
  if (root.querySelector('.headline-ja') === null) return;
  deck.addKeyBinding({ keyCode: J_KEY, key: 'J', description: 'Japanese headlines under the English (仮訳)' }, () => {
    show(root, !root.classList.contains('show-ja'), () => {
      deck.layout();
    });
    // The headlines change the slides' height: reveal.js centres and scales them again.
    deck.layout();
  });
}
