import { readFileSync } from 'node:fs';
import type { DeckSlide } from '../src/model/deck.ts';

/** The verbatim copy of the statement that the project is tested against. */
const SOURCE_PATH = new URL('fixtures/statement-2022-05-19.md', import.meta.url);

export interface SourceSpeech {
  readonly titleBlock: string;
  readonly headings: readonly string[];
  /** Every spoken word, in order, white space folded and Markdown emphasis removed. */
  readonly spoken: string;
}

/** White space folded to single spaces and trimmed: how rendered and source text are compared. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Markdown heading marks and emphasis removed, white space folded: the only change the comparison allows. */
function markdownText(markdown: string): string {
  return normalise(markdown.replace(/^#+\s*/gm, '').replace(/\*/g, ''));
}

/** A line that is bold and nothing else, and not a numbered recommendation's title: a section heading. */
const HEADING = /^(#+\s*)?\*\*(?!\d+\.)[^*]+\*\*$/;

/** Splits the Markdown into the title block, the section headings (shown, not spoken) and the spoken text. */
export function readSource(markdown = readFileSync(SOURCE_PATH, 'utf8')): SourceSpeech {
  const paragraphs = markdown
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph);
  const [titleBlock, metadata, ...body] = paragraphs;
  if (titleBlock === undefined || !titleBlock.startsWith('**Statement of'))
    throw new Error('The source does not open with its title block.');
  if (metadata !== '*1200 words*')
    throw new Error(`Expected the *1200 words* metadata line after the title block, found ${metadata}.`);
  const headings = body.filter((paragraph) => HEADING.test(paragraph)).map(markdownText);
  const spoken = body
    .filter((paragraph) => !HEADING.test(paragraph))
    .map(markdownText)
    .join(' ');
  return { titleBlock: markdownText(titleBlock), headings, spoken };
}

const around = (words: readonly string[], index: number) =>
  words.slice(Math.max(0, index - 6), index + 6).join(' ') || '(nothing)';

/** Where two word sequences first part, with a few words of context, for a failure message a person can act on. */
export function firstDifference(actual: string, expected: string): string | undefined {
  const a = actual.split(' ');
  const e = expected.split(' ');
  const index = Array.from({ length: Math.max(a.length, e.length) }, (_, i) => i).find((i) => a[i] !== e[i]);
  if (index === undefined) return undefined;
  return `word ${index + 1}: the text has "${around(a, index)}", the source has "${around(e, index)}"`;
}

/**
 * Where the deck's notes first part from the spoken source, named as the outline names it: the slide, the field
 * (`spoken[1]`, `recommendation.title`) and the word, with a few words of context on either side.
 */
export function firstNotesDifference(slides: readonly DeckSlide[], source: string): string | undefined {
  const pieces = slides.flatMap((slide) =>
    slide.notes.flatMap((paragraph) => [
      ...(paragraph.emphasis === undefined ? [] : [{ slide, field: 'recommendation.title', text: paragraph.emphasis }]),
      { slide, field: paragraph.field, text: paragraph.text },
    ]),
  );
  const expected = source.split(' ');
  const spoken = pieces.flatMap((piece) =>
    normalise(piece.text)
      .split(' ')
      .filter(Boolean)
      .map((word) => ({ piece, word })),
  );
  const index = Array.from({ length: Math.max(spoken.length, expected.length) }, (_, i) => i).find(
    (i) => spoken[i]?.word !== expected[i],
  );
  if (index === undefined) return undefined;
  const words = spoken.map((entry) => entry.word);
  const where = spoken[index] ?? spoken.at(-1);
  const place =
    where === undefined ? 'the notes are empty' : `slide "${where.piece.slide.id}", field "${where.piece.field}"`;
  return `${place}, word ${index + 1} of the speech: the notes have "${around(words, index)}", the source has "${around(expected, index)}"`;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Undoes the renderer's escaping, to read rendered HTML back as text. */
export function decodeEntities(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}
