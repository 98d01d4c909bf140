import { linesFrom, type PassageLayout } from '../state/paced-scroll.ts';

/** Where a passage's spoken words live: its paragraphs, not its cue or the section heading the audience reads. */
const SPOKEN = '.script-words';

/**
 * The spoken words of each passage as DOM ranges over the script's own text (nothing is wrapped or added), found once
 * a passage, and their lines as laid out now.
 */
export class PassageWords {
  private readonly found = new Map<number, Range[]>();

  constructor(private readonly passages: readonly HTMLElement[]) {}

  words(index: number): readonly Range[] {
    const known = this.found.get(index);
    if (known !== undefined) return known;
    const ranges: Range[] = [];
    const spoken = this.passages[index]?.querySelector(SPOKEN);
    if (spoken) {
      const walker = document.createTreeWalker(spoken, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          ranges.push(range);
        }
      }
    }
    this.found.set(index, ranges);
    return ranges;
  }

  /** The passage's lines in the scroller's content coordinates (the same as its `scrollTop`). */
  layout(index: number, scroller: HTMLElement): PassageLayout {
    const words = this.words(index);
    const origin = scroller.getBoundingClientRect().top - scroller.scrollTop;
    const boxes = words.map((word) => word.getBoundingClientRect());
    const tops = boxes.map((box) => box.top - origin);
    const lineHeight = boxes[0]?.height ?? 0;
    const last = boxes.at(-1);
    return {
      lines: linesFrom(tops, lineHeight / 2),
      words: words.length,
      bottom: last === undefined ? 0 : last.bottom - origin,
    };
  }
}
