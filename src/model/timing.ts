/** Speaking rate used when none is given, in words a minute: a measured pace for a formal statement. */
export const DEFAULT_WORDS_PER_MINUTE = 130;

/**
 * Whole seconds for each slide, in proportion to its words, that add up exactly to the rounded total
 * (largest-remainder rounding): the plan shows whole seconds, and the speaker view's pacing should end on the
 * speech's own length.
 */
export function slideTimings(wordsPerSlide: readonly number[], wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): number[] {
  if (!(wordsPerMinute > 0))
    throw new RangeError(`The speaking rate must be above 0 words a minute, not ${wordsPerMinute}.`);
  const exact = wordsPerSlide.map((words) => (words * 60) / wordsPerMinute);
  const floors = exact.map(Math.floor);
  const total = Math.round(exact.reduce((sum, seconds) => sum + seconds, 0));
  let missing = total - floors.reduce((sum, seconds) => sum + seconds, 0);
  const byRemainder = exact
    .map((seconds, index) => ({ index, remainder: seconds - Math.floor(seconds) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    missing -= 1;
  }
  return floors;
}
