import type { PassageWords } from '../panels/passage-words.ts';
import type { PassageLayout } from '../state/paced-scroll.ts';
import { loadVoiceMode } from './voice-loader.ts';
import type { VoiceMode } from './voice-mode.ts';
import { WordPlaces } from './word-places.ts';

// The share of the way to the spoken word's place the script moves each frame: it glides, never jumps.
const EASE = 0.2;
// Where the spoken word's line stands, as a share of the script's height: a fifth of the way down, as a passage's cue
// (script-view.ts), so that a word on the next line, before the script has glided on, is still in the top third.
const EYE_LEVEL = 0.2;

/**
 * The prompter's side of voice mode: the word it holds the script at, the one followed or where a slide change or a
 * nudge put it, and where that puts the script. While it neither listens nor follows, it holds nothing and the
 * prompter paces the script.
 */
export class VoiceHold {
  /** Voice mode's line in the view: its level meter and state, once on. */
  readonly element = document.createElement('p');
  private mode: VoiceMode | undefined;
  private readonly places: WordPlaces;
  private held: number | undefined;
  private anchored = 0;
  /** Counts starts and stops: a start that a stop overtook while loading does nothing. */
  private turns = 0;

  constructor(
    private readonly script: HTMLElement,
    words: PassageWords,
    private readonly changed: () => void,
  ) {
    this.places = new WordPlaces(words);
    this.element.className = 'speaker-voice';
    this.element.hidden = true;
    script.setAttribute('data-voice-word', '-1');
  }

  /** Voice mode starts: its code and reference load now, the first time, then it asks for the microphone. */
  async start(): Promise<void> {
    const turn = ++this.turns;
    try {
      this.mode ??= await loadVoiceMode(this.element, this.script, () => {
        if (this.mode?.following) this.held = this.mode.word;
        this.changed();
      });
    } catch {
      this.element.hidden = false;
      this.element.dataset.state = 'unavailable';
      this.element.textContent = 'Voice off: this copy cannot follow a voice; scrolling at the plan’s pace';
      return;
    }
    if (turn !== this.turns) return;
    this.anchor(this.anchored);
    await this.mode.start();
  }

  stop(): void {
    this.turns += 1;
    this.mode?.stop();
    if (this.mode === undefined) this.element.hidden = true;
  }

  /**
   * While voice mode is on but the prompter paces the script (the voice lost, or the microphone still asked for): the
   * word last confirmed, the one last followed or where a slide change or a nudge put it.
   */
  private confirmed(): number | undefined {
    const state = this.mode?.state;
    return state === 'lost' || state === 'starting' ? this.held : undefined;
  }

  /** The scroll position that puts the word last confirmed at eye level, while voice mode paces (see confirmed). */
  confirmedTarget(passage: number, scroller: HTMLElement): number | undefined {
    const word = this.confirmed();
    return word === undefined ? undefined : this.eyeLevel(this.places.range(passage, word), scroller);
  }

  /**
   * While voice mode paces, a nudge by `lines` from the script at `top`: following starts again that many lines from
   * the line at eye level.
   */
  confirm(passage: number, top: number, lines: number, layout: PassageLayout, scroller: HTMLElement): void {
    if (this.confirmed() === undefined) return;
    // A pixel's slack: the line put exactly at eye level is the one there, whatever the rounding.
    const there = this.places.wordOnLine(passage, top + scroller.clientHeight * EYE_LEVEL + 1, layout);
    this.anchor(passage, this.places.wordLinesAway(passage, there, Math.round(lines), layout));
  }

  /** The word held, while voice mode listens or follows. */
  word(): number | undefined {
    const state = this.mode?.state;
    return state === 'following' || state === 'listening' ? this.held : undefined;
  }

  /** The range of the word followed now in passage `passage`, only while following. */
  followedRange(passage: number): Range | undefined {
    return this.mode?.following ? this.range(passage) : undefined;
  }

  /** Following starts again at `word` of passage `passage` (its first word when undefined). */
  anchor(passage: number, word?: number): void {
    const [first, end] = this.places.span(passage);
    this.anchored = passage;
    this.held = word ?? first;
    this.mode?.anchor(this.held, first, end);
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
    return this.eyeLevel(this.range(passage), scroller);
  }

  private eyeLevel(range: Range | undefined, scroller: HTMLElement): number | undefined {
    return range && this.places.topOf(range, scroller) - scroller.clientHeight * EYE_LEVEL;
  }
}
