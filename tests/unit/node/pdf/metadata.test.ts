import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { speech } from '../../../../slides/speech.ts';
import { deckModel } from '../../../../src/model/deck.ts';
import { pdfMetadata, withMetadata } from '../../../../src/node/pdf/metadata.ts';

describe('pdfMetadata', () => {
  it('takes everything from the outline: the speaker as author, the sections as keywords', () => {
    const metadata = pdfMetadata(deckModel(speech), 'handout');
    expect(metadata.author).toBe(speech.titleBlock.speaker);
    expect(metadata.title).toMatch(/^Statement of Mr\. Atul Khare/);
    expect(metadata.subject).toMatch(/^Handout of the statement to the Members of the Kyoto Peacebuilding Center/);
    expect(metadata.keywords).toEqual(expect.arrayContaining(speech.sections.map((section) => section.heading)));
    expect(metadata.language).toBe('en');
  });
});

describe('withMetadata', () => {
  it('sets the information and keeps the pages and the catalogue entries it does not own', async () => {
    const document = await PDFDocument.create();
    document.addPage();
    document.catalog.set(document.context.obj('MarkInfo'), document.context.obj({ Marked: true }));
    const written = await withMetadata(await document.save(), pdfMetadata(deckModel(speech), 'slides'));
    const read = await PDFDocument.load(written);
    expect(read.getPageCount()).toBe(1);
    expect(read.getAuthor()).toBe('Mr. Atul Khare');
    expect(read.getKeywords()).toContain('Kyoto University of Arts; ');
    expect(read.catalog.get(read.context.obj('MarkInfo'))?.toString()).toContain('/Marked true');
    expect(read.catalog.get(read.context.obj('Lang'))?.toString()).toBe('(en)');
  });
});
