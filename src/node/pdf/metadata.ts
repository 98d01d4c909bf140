import type { DeckModel } from '../../model/deck.ts';

export interface PdfMetadata {
  readonly title: string;
  /** The speaker: the words are theirs. */
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** BCP 47. */
  readonly language: string;
}

/** The PDF's document information, all from the deck model. */
export function pdfMetadata(model: DeckModel, kind: 'slides' | 'handout'): PdfMetadata {
  const { title } = model;
  return {
    title: title.document,
    author: title.speaker,
    subject: `${kind === 'slides' ? 'Slides' : 'Handout'} of the ${title.kindName.toLowerCase()} ${title.occasion}`,
    keywords: [title.venue, ...model.sections],
    language: 'en',
  };
}

/**
 * Sets the document information that Chromium leaves out (it writes the title and the language only). pdf-lib (its
 * maintained fork, @cantoo/pdf-lib) rewrites the file around the same objects, so the structure tree, the
 * marked-content flag and the outline stay.
 */
export async function withMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  // Loaded when a PDF is made, not with the command: `npm run pdf` answers a mistake or --help without it.
  const { PDFDocument } = await import('@cantoo/pdf-lib');
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
