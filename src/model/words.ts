/**
 * The one rule for what counts as a spoken word, used by the plan, the prompter, the audience's page, the clicker and
 * voice following: a run of characters between white space with at least one letter or digit (a dash standing alone
 * is not heard as a word). The speech's words are counted from 0, the salutation's first, to the last.
 */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A spoken word where it stands in a text: `start` and `end` as `String.prototype.slice` takes them. */
export interface WordPlace {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** The spoken words of a text with their places, in order: for marking them in the text as written. */
export function spokenWordPlaces(text: string): WordPlace[] {
  return [...text.matchAll(/\S+/g)]
    .filter((match) => HAS_LETTER_OR_DIGIT.test(match[0]))
    .map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

/** The spoken words of a text, in order, as written (punctuation kept on the word it touches). */
export function spokenWords(text: string): string[] {
  return spokenWordPlaces(text).map((place) => place.word);
}

/** How many spoken words a text has. */
export function countWords(text: string): number {
  return spokenWords(text).length;
}
