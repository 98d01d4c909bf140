import { PDFDocument } from 'pdf-lib';
import { formatDate } from '../../deck/dates.ts';
import { deckTitle } from '../../deck/render.ts';
import type { Speech } from '../../deck/types.ts';

export interface PdfMetadata {
  readonly title: string;
  /** The speaker: the words are theirs. */
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** BCP 47. */
  readonly language: string;
}

/** The PDF's document information, all from the outline. */
export function pdfMetadata(speech: Speech, kind: 'slides' | 'handout'): PdfMetadata {
  const block = speech.titleBlock;
  return {
    title: deckTitle(block),
    author: block.speaker,
    subject: `${kind === 'slides' ? 'Slides' : 'Handout'} of the ${block.kind.toLowerCase()} to ${block.audience}, ${block.venue}, ${formatDate(block.date)}`,
    keywords: [block.venue, ...speech.sections.map((section) => section.heading)],
    language: 'en',
  };
}

/**
 * Sets the document information that Chromium leaves out (it writes the title and the language only). pdf-lib
 * rewrites the file around the same objects, so the structure tree, the marked-content flag and the outline stay.
 */
export async function withMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  // pdf-lib joins keywords with spaces; a semicolon keeps each one whole.
  document.setKeywords([metadata.keywords.join('; ')]);
  document.setLanguage(metadata.language);
  document.setCreator('speech-deck (reveal.js print view, Chromium)');
  return document.save({ useObjectStreams: false });
}
