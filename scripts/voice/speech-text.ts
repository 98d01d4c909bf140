import { createHash } from 'node:crypto';
import { speech } from '../../slides/speech.ts';
import { deckSlides, paragraphText, spokenText } from '../../src/model/deck.ts';
import { spokenWords } from '../../src/model/words.ts';

/** A sentence of the speech: its words as written and the global index of its first. */
export interface Sentence {
  readonly words: readonly string[];
  readonly firstWord: number;
  /** The index of its slide in the deck. */
  readonly slide: number;
}

/** A slide's passage: its id and its words [firstWord, endWord). */
export interface Passage {
  readonly id: string;
  readonly firstWord: number;
  readonly endWord: number;
}

// A word ends a sentence when it ends in a full stop, a question or an exclamation mark, or a colon or semicolon (a
// breath), a closing quote or bracket allowed after it.
const SENTENCE_END = /[.?!:;]["'”’)\]]*$/u;

/** The speech's sentences and passages, in order, from the outline: words counted by the one rule. */
export function speechSentences(): { sentences: Sentence[]; passages: Passage[]; words: number; sha256: string } {
  const slides = deckSlides(speech);
  const sentences: Sentence[] = [];
  const passages: Passage[] = [];
  let word = 0;
  slides.forEach((slide, index) => {
    const firstWord = word;
    for (const note of slide.notes) {
      let current: string[] = [];
      const close = () => {
        if (current.length > 0) sentences.push({ words: current, firstWord: word - current.length, slide: index });
        current = [];
      };
      for (const token of spokenWords(paragraphText(note))) {
        current.push(token);
        word += 1;
        if (SENTENCE_END.test(token)) close();
      }
      close();
    }
    passages.push({ id: slide.id, firstWord, endWord: word });
  });
  const sha256 = createHash('sha256')
    .update(spokenWords(spokenText(slides)).join(' '))
    .digest('hex');
  return { sentences, passages, words: word, sha256 };
}
