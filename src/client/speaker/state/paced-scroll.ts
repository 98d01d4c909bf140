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
