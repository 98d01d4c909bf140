import { countWords } from '../../../model/words.ts';
import { pageModel } from '../../page-model.ts';
import type { PassageWords } from '../panels/passage-words.ts';
import type { PassageLayout } from '../state/paced-scroll.ts';

/**
 * The one adapter between the speech's global word indices (voice following's, `data-voice-word`'s) and the script as
 * laid out: which passage holds a word, its first word, and the word's range in the text. Each passage is a slide's;
 * where each begins comes from the page model, as the build counted it.
 */
export class WordPlaces {
  /** The global index of each passage's first spoken word, and one past the last. */
  readonly firstWords: readonly number[];

  constructor(private readonly words: PassageWords) {
    const { slides, totalWords } = pageModel();
    this.firstWords = [...slides.map((slide) => slide.firstWord), totalWords];
  }

  /** The passage's words [first, end). */
  span(passage: number): readonly [number, number] {
    return [this.firstWords[passage] ?? 0, this.firstWords[passage + 1] ?? 0];
  }

  /** The spoken words' ranges of a passage, as the one word rule counts them (a lone dash is not one). */
  spoken(passage: number): readonly Range[] {
    return this.words.words(passage).filter((range) => countWords(range.toString()) === 1);
  }

  /** The range of global word `word` in passage `passage`; undefined when it is not there. */
  range(passage: number, word: number): Range | undefined {
    const [first] = this.span(passage);
    return this.spoken(passage)[word - first];
  }

  /** Where a word's line stands in the scroller's content coordinates (the same as its `scrollTop`). */
  topOf(range: Range, scroller: HTMLElement): number {
    return range.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  }

  /** The first word of the line `lines` lines on from global word `word`'s (back when negative), within the passage. */
  wordLinesAway(passage: number, word: number, lines: number, layout: PassageLayout | null): number {
    const [first] = this.span(passage);
    const all = this.words.words(passage);
    const atWord = all.indexOf(this.spoken(passage)[word - first] ?? (all[0] as Range));
    const starts = layout?.lines.map((line) => line.firstWord) ?? [];
    const line = starts.findLastIndex((start) => start <= atWord);
    return this.spokenFrom(passage, starts[Math.min(starts.length - 1, Math.max(0, line + lines))] ?? 0);
  }

  /** The first word of the line that stands at `y` (the layout's coordinates), within the passage. */
  wordOnLine(passage: number, y: number, layout: PassageLayout): number {
    return this.spokenFrom(
      passage,
      (layout.lines.findLast((line) => line.top <= y) ?? layout.lines[0])?.firstWord ?? 0,
    );
  }

  /** The global index of the first spoken word at or after the passage's word `at` (of all its words, as laid out). */
  private spokenFrom(passage: number, at: number): number {
    const [first, end] = this.span(passage);
    const spoken = this.spoken(passage);
    const target = this.words.words(passage)[at];
    const index =
      target === undefined
        ? -1
        : spoken.findIndex((range) => range.compareBoundaryPoints(Range.START_TO_START, target) >= 0);
    return Math.min(end - 1, Math.max(first, first + (index < 0 ? spoken.length - 1 : index)));
  }
}
