import { readFileSync } from 'node:fs';

/** The verbatim copy of the statement that the project is tested against. */
export const SOURCE_PATH = new URL('../fixtures/statement-2022-05-19.md', import.meta.url);

export interface SourceSpeech {
  readonly titleBlock: string;
  readonly headings: readonly string[];
  /** Every spoken word, in order, whitespace and Markdown emphasis normalised. */
  readonly spoken: string;
}

/** Whitespace folded, Markdown emphasis and heading marks removed: the only normalisation the comparison allows. */
export function normalise(text: string): string {
  return text
    .replace(/^#+\s*/gm, '')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
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
  const headings = body.filter((paragraph) => HEADING.test(paragraph)).map(normalise);
  const spoken = body
    .filter((paragraph) => !HEADING.test(paragraph))
    .map(normalise)
    .join(' ');
  return { titleBlock: normalise(titleBlock), headings, spoken };
}

/** Where two word sequences first part, with a few words of context, for a failure message a person can act on. */
export function firstDifference(actual: string, expected: string): string | undefined {
  const a = actual.split(' ');
  const e = expected.split(' ');
  const length = Math.max(a.length, e.length);
  for (let index = 0; index < length; index += 1) {
    if (a[index] !== e[index]) {
      const context = (words: string[]) => words.slice(Math.max(0, index - 6), index + 6).join(' ');
      return `word ${index + 1}: notes have "${context(a)}", the source has "${context(e)}"`;
    }
  }
  return undefined;
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
