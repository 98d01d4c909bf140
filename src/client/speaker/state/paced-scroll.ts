/**
 * Paced scrolling as arithmetic: how far through a passage the plan is after some seconds, which word is due, and
 * where the script stands. Pure functions of numbers, so that the position is a function of talk time alone.
 */

/** One line of a passage as laid out: its top, in the script's content coordinates, and the index of its first word. */
export interface Line {
  readonly top: number;
  readonly firstWord: number;
}

/** A passage's spoken words as laid out in lines, and where its last line ends. */
export interface PassageLayout {
  readonly lines: readonly Line[];
  readonly words: number;
  readonly bottom: number;
}

/** How far through the passage (0 to 1) `elapsed` seconds take a speaker at `speed` times the planned pace. */
export function progress(elapsed: number, seconds: number, speed = 1): number {
  if (seconds <= 0) return elapsed > 0 ? 1 : 0;
  return Math.min(1, Math.max(0, (elapsed * speed) / seconds));
}

/** The index of the word due at `fraction` of a passage of `words` words; -1 for a passage without words. */
export function wordDue(fraction: number, words: number): number {
  if (words <= 0) return -1;
  return Math.min(words - 1, Math.max(0, Math.floor(fraction * words)));
}

/**
 * Where the reading point stands at `fraction` of the passage: each line is read at an even pace, word by word, so
 * the point glides down a line in the time its words take and never jumps.
 */
export function readingY(layout: PassageLayout, fraction: number): number {
  const { lines, words, bottom } = layout;
  const first = lines[0];
  if (first === undefined || words <= 0) return 0;
  const word = Math.min(1, Math.max(0, fraction)) * words;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] ?? first;
    const next = lines[at + 1];
    const end = next?.firstWord ?? words;
    if (word < end || next === undefined) {
      const span = Math.max(1, end - line.firstWord);
      const nextTop = next?.top ?? bottom;
      return line.top + (Math.min(word, end) - line.firstWord) * ((nextTop - line.top) / span);
    }
  }
  return bottom;
}

/**
 * The script's scroll position: the passage's anchor (its cue at eye level) moved on by as far as the reading point
 * has gone since the passage began, plus the speaker's nudges. Never above the top.
 */
export function pacedScrollTop(anchor: number, layout: PassageLayout, fraction: number, nudge: number): number {
  return Math.max(0, anchor + readingY(layout, fraction) - readingY(layout, 0) + nudge);
}

/** Lines from the tops of a passage's words in order: a word starts a new line when it stands lower than the last. */
export function linesFrom(wordTops: readonly number[], tolerance: number): Line[] {
  const lines: Line[] = [];
  wordTops.forEach((top, index) => {
    const last = lines.at(-1);
    if (last === undefined || top > last.top + tolerance) lines.push({ top, firstWord: index });
  });
  return lines;
}

/** A quick ease out, for the move to a new passage: fast away, gentle to rest. */
export function easeOut(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return 1 - (1 - clamped) ** 3;
}

/** Where the talk stands on the current slide: talk seconds spent on it, and the seconds the plan in force gives it. */
export interface SlidePace {
  readonly elapsed: number;
  readonly seconds: number;
}

/** The share of the passage (0 to 1) whose reading point stands at `y`: the inverse of {@link readingY}. */
export function fractionAt(layout: PassageLayout, y: number): number {
  const { words } = layout;
  if (words <= 0) return 0;
  let low = 0;
  let high = 1;
  // readingY never decreases with the fraction: halve the interval until it is below a hundredth of a word.
  while ((high - low) * words > 0.01) {
    const middle = (low + high) / 2;
    if (readingY(layout, middle) < y) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

// The speaker's measured pace counts only slides spoken for this long, and moves the script from half to twice the plan's.
const MEASURED_AT_LEAST = 5;
const MIN_PACE = 0.5;
const MAX_PACE = 2;

/**
 * Where paced scrolling stands in a passage, as a share of it: from the last place the speaker confirmed (a slide
 * change, a nudge, the end of a hold), moving at the plan's pace times the chosen speed times the speaker's own pace
 * as measured on the slides finished so far; or held still (H) while talk time runs on.
 */
export class PacedPlace {
  private base = { fraction: 0, elapsed: 0 };
  /** Pixels a nudge put the script beyond the passage's first or last word, where no fraction reaches. */
  private beyond = 0;
  private held: number | null = null;
  private finished = { planned: 0, spent: 0 };
  private seen = { planned: 0, spent: 0 };

  /** A new slide: the one left, when finished going forward, counts towards the speaker's measured pace. */
  slide(forward: boolean): void {
    if (forward && this.seen.spent >= MEASURED_AT_LEAST) {
      this.finished = {
        planned: this.finished.planned + this.seen.planned,
        spent: this.finished.spent + this.seen.spent,
      };
    }
    this.seen = { planned: 0, spent: 0 };
    this.base = { fraction: 0, elapsed: 0 };
    this.beyond = 0;
    this.held = null;
  }

  /** The speaker's pace against the plan's, from the finished slides: 1 before any. */
  pace(): number {
    const { planned, spent } = this.finished;
    return spent > 0 ? Math.min(MAX_PACE, Math.max(MIN_PACE, planned / spent)) : 1;
  }

  /** How far through the passage the script stands after `elapsed` of the slide's `seconds`, at `speed`. */
  fraction({ elapsed, seconds }: SlidePace, speed: number): number {
    this.seen = { planned: seconds, spent: elapsed };
    if (this.held !== null) return this.held;
    return Math.min(1, this.base.fraction + progress(elapsed - this.base.elapsed, seconds, speed * this.pace()));
  }

  /** The script's scroll position now (see {@link pacedScrollTop}). */
  top(anchor: number, layout: PassageLayout, pace: SlidePace, speed: number): number {
    return pacedScrollTop(anchor, layout, this.fraction(pace, speed), this.beyond);
  }

  /** The speaker puts the reading point at `y` (a nudge, a change of speed): pacing moves on from there. */
  confirm(layout: PassageLayout, y: number, elapsed: number): void {
    this.base = { fraction: fractionAt(layout, y), elapsed };
    this.beyond = y - readingY(layout, this.base.fraction);
    if (this.held !== null) this.held = this.base.fraction;
  }

  /** H: holds the place still, or lets it go on from where it was held. Talk time is not the prompter's. */
  toggleHold(pace: SlidePace, speed: number): boolean {
    if (this.held === null) this.held = this.fraction(pace, speed);
    else {
      this.base = { fraction: this.held, elapsed: pace.elapsed };
      this.held = null;
    }
    return this.held !== null;
  }
}
