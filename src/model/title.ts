import { formatDate } from './dates.ts';
import type { TitleBlock } from './types.ts';

/**
 * The title block as its lines are shown and said: composed here once, for the title slide, the reading view, the
 * speaker's script, the handout, the page's title and the PDFs' information.
 */
export interface TitleLines {
  /** "Statement": what the speech is. */
  readonly kindName: string;
  /** "Statement of" */
  readonly kind: string;
  readonly speaker: string;
  readonly role: string;
  /** "to the Members of …" */
  readonly audience: string;
  readonly venue: string;
  /** The date as written in the outline (ISO 8601), for `<time datetime>`. */
  readonly isoDate: string;
  /** "19 May 2022" */
  readonly date: string;
  /** "Statement of Mr. Atul Khare": the handout's heading, the title slide's name. */
  readonly heading: string;
  /** "to the Members of …, Kyoto University of Arts, 19 May 2022": to whom, where and when. */
  readonly occasion: string;
  /** "Statement of …, role, to …, 19 May 2022": the page's and the PDFs' title. */
  readonly document: string;
}

export function titleLines(block: TitleBlock): TitleLines {
  const kind = `${block.kind} of`;
  const audience = `to ${block.audience}`;
  const date = formatDate(block.date);
  return {
    kindName: block.kind,
    kind,
    speaker: block.speaker,
    role: block.speakerRole,
    audience,
    venue: block.venue,
    isoDate: block.date,
    date,
    heading: `${kind} ${block.speaker}`,
    occasion: `${audience}, ${block.venue}, ${date}`,
    document: `${kind} ${block.speaker}, ${block.speakerRole}, ${audience}, ${date}`,
  };
}

/** The name of the built files that carry the speech (the one file, the PDFs): its kind and date, `statement-2022-05-19`. */
export function outputName(block: TitleBlock): string {
  const kind = block.kind
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${kind || 'speech'}-${block.date}`;
}
