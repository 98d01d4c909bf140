import type { DeckLink } from '../channel/deck-link.ts';
import { progress, wordDue, type SlidePace } from '../state/paced-scroll.ts';
import type { PassageWords } from './passage-words.ts';

const DUE_HIGHLIGHT = 'speaker-due'; // ::highlight(speaker-due) in the CSS

/**
 * The quiet mark at the word due (the plan's, or the voice's while it follows), and the paragraph that holds it told
 * to the deck, whose hall's audience follows it.
 */
export class DueMark {
  private readonly highlight = typeof Highlight === 'function' ? new Highlight() : undefined;
  private due: Range | undefined;

  constructor(
    private readonly words: PassageWords,
    private readonly deck?: Pick<DeckLink, 'send'>,
  ) {
    if (this.highlight) CSS.highlights.set(DUE_HIGHLIGHT, this.highlight);
  }

  /** Marks the voice's word in passage `index` while it follows, else the word the plan (not the speed) expects. */
  mark(index: number, voice: Range | undefined, { elapsed, seconds }: SlidePace): void {
    const words = this.words.words(index);
    const due = voice ?? words[wordDue(progress(elapsed, seconds), words.length)];
    if (this.highlight === undefined || due === this.due) return;
    this.due = due;
    this.highlight.clear();
    if (due === undefined) return;
    this.highlight.add(due);
    const paced = this.words.place(index, due);
    if (paced) this.deck?.send({ paced });
  }

  close(): void {
    if (this.highlight) CSS.highlights.delete(DUE_HIGHLIGHT);
  }
}
