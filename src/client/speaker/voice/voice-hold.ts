import type { PassageWords } from '../panels/passage-words.ts';
import type { PassageLayout } from '../state/paced-scroll.ts';
import { VoiceMode } from './voice-mode.ts';
import { WordPlaces } from './word-places.ts';

// The share of the way to the spoken word's place the script moves each frame: it glides, never jumps.
const EASE = 0.2;
// Where the spoken word's line stands, as a share of the script's height: in the top third, where the eye rests.
const EYE_LEVEL = 0.25;

/**
 * The prompter's side of voice mode: the word it holds the script at, the one followed or where a slide change or a
 * nudge put it, and where that puts the script. While it neither listens nor follows, it holds nothing and the
 * prompter paces the script.
 */
export class VoiceHold {
  readonly mode: VoiceMode;
  private readonly places: WordPlaces;
  private held: number | undefined;

  constructor(script: HTMLElement, passages: readonly HTMLElement[], words: PassageWords, changed: () => void) {
    this.places = new WordPlaces(passages, words);
    this.mode = new VoiceMode(script, () => {
      if (this.mode.following) this.held = this.mode.word;
      changed();
    });
  }

  /** The word held, while voice mode listens or follows. */
  word(): number | undefined {
    const { state } = this.mode;
    return state === 'following' || state === 'listening' ? this.held : undefined;
  }

  /** The range of the word followed now in passage `passage`, only while following. */
  followedRange(passage: number): Range | undefined {
    return this.mode.following ? this.range(passage) : undefined;
  }

  /** Following starts again at `word` of passage `passage` (its first word when undefined). */
  anchor(passage: number, word?: number): void {
    const [first, end] = this.places.span(passage);
    this.held = word ?? first;
    this.mode.anchor(this.held, first, end);
  }

  /** A nudge by lines: following goes on from where the speaker put the line. False when voice mode holds nothing. */
  nudge(passage: number, lines: number, layout: PassageLayout | null): boolean {
    const held = this.word();
    if (held === undefined) return false;
    this.anchor(passage, this.places.wordLinesAway(passage, held, Math.round(lines), layout));
    return true;
  }

  /** The range of the word held in passage `passage`. */
  range(passage: number): Range | undefined {
    const word = this.word();
    return word === undefined ? undefined : this.places.range(passage, word);
  }

  /** The next frame's scroll position on the way from `current` to `target`. */
  approach(target: number, current: number): number {
    return Math.abs(target - current) < 1 ? target : current + (target - current) * EASE;
  }

  /** The scroll position that puts the held word's line at eye level; undefined when nothing is held. */
  target(passage: number, scroller: HTMLElement): number | undefined {
    const range = this.range(passage);
    return range && this.places.topOf(range, scroller) - scroller.clientHeight * EYE_LEVEL;
  }
}
