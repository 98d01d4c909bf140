import { spokenWordPlaces } from '../../../model/words.ts';
import { pageModel } from '../../page-model.ts';
import { linesFrom, type PassageLayout } from '../state/paced-scroll.ts';

/** Where a passage's spoken words live: its paragraphs, not its cue or the section heading the audience reads. */
const SPOKEN = '.script-words';

/** The paragraph (0-based, of the slide's spoken ones) that a word is in. */
export interface DuePlace {
  readonly slide: string;
  readonly paragraph: number;
}

/**
 * The spoken words of each passage as DOM ranges over the script's own text (nothing is wrapped or added), found once
 * a passage, and their lines as laid out now.
 */
export class PassageWords {
  private readonly found = new Map<number, Range[]>();

  constructor(private readonly passages: readonly HTMLElement[]) {}

  /** The passage's spoken words, counted by the one rule of words.ts, as the plan and the page model count them. */
  words(index: number): readonly Range[] {
    const known = this.found.get(index);
    if (known !== undefined) return known;
    const ranges: Range[] = [];
    const spoken = this.passages[index]?.querySelector(SPOKEN);
    if (spoken) {
      const walker = document.createTreeWalker(spoken, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        for (const place of spokenWordPlaces(node.textContent ?? '')) {
          const range = document.createRange();
          range.setStart(node, place.start);
          range.setEnd(node, place.end);
          ranges.push(range);
        }
      }
    }
    this.found.set(index, ranges);
    return ranges;
  }

  /** Which of the passage's spoken paragraphs holds `word`, by the paragraph's stable id; undefined outside them. */
  place(index: number, word: Range): DuePlace | undefined {
    const slide = pageModel().slides[index];
    const id = word.startContainer.parentElement?.closest<HTMLElement>('p[data-paragraph]')?.dataset.paragraph;
    const at = slide?.paragraphs?.findIndex((paragraph) => paragraph.id === id) ?? -1;
    return slide === undefined || at < 0 ? undefined : { slide: slide.id, paragraph: at };
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
