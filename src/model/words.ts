/**
 * The one rule for what counts as a spoken word, used by the plan, the prompter, the audience's page, the clicker and
 * voice following: a run of characters between white space with at least one letter or digit (a dash standing alone
 * is not heard as a word). The speech's words are counted from 0, the salutation's first, to the last.
 */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The spoken words of a text, in order, as written (punctuation kept on the word it touches). */
export function spokenWords(text: string): string[] {
  return text.split(/\s+/).filter((token) => HAS_LETTER_OR_DIGIT.test(token));
}

/** How many spoken words a text has. */
export function countWords(text: string): number {
  return spokenWords(text).length;
}
