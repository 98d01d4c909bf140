import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { speech } from '../../slides/speech.ts';
import { deckModel, spokenText } from '../../src/model/deck.ts';
import { screenText } from '../../src/model/screen.ts';
import { recommendationHeadline } from '../../src/model/slide-content.ts';
import { exportPdf, type PdfKind } from '../../src/node/pdf.ts';
import type { Paper } from '../../src/node/pdf/handout.ts';
import { pdfMetadata } from '../../src/node/pdf/metadata.ts';
import { countPdfPages, normalise, slides } from './harness.ts';

interface OutlineItem {
  readonly title: string;
  readonly items: readonly OutlineItem[];
}

/** A PDF's page sizes in points, from each page's MediaBox. */
function mediaBoxes(pdf: Buffer, round: (points: number) => number = Math.round): string[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    (match) => `${round(Number(match[1]))}x${round(Number(match[2]))}`,
  );
}

async function open(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
}

async function pageTexts(document: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const text = normalise(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    // A word broken at its hyphen at the end of a line is one word.
    texts.push(text.replace(/(\w)- (\w)/g, '$1-$2'));
  }
  return texts;
}

/** Whether `words` appear in `text` in order, other words allowed between them. */
function inOrder(words: readonly string[], text: string): string | undefined {
  const haystack = text.split(' ');
  let at = 0;
  for (const word of words) {
    const found = haystack.indexOf(word, at);
    if (found === -1) return `"${word}" (after word ${at} of the PDF)`;
    at = found + 1;
  }
  return undefined;
}

const sections = speech.sections.map((section) => section.heading);
const recommendations = speech.sections
  .flatMap((section) => section.slides)
  .flatMap((slide) => (slide.kind === 'recommendation' ? [slide.recommendation] : []))
  .map((recommendation) => `${recommendation.number}. ${recommendationHeadline(recommendation)}`);

describe('PDF export (npm run pdf)', () => {
  let browser: Browser;
  const out = mkdtempSync(path.join(tmpdir(), 'deck-pdf-test-'));
  const files = new Map<string, string>();
  const print = async (kind: PdfKind, name: string, paper: Paper = 'a4') => {
    const file = path.join(out, `${name}.pdf`);
    await exportPdf(browser, inject('folderUrl'), {
      kind,
      file,
      paper,
      metadata: pdfMetadata(deckModel(speech), kind),
    });
    files.set(name, file);
    return file;
  };

  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
    await print('slides', 'slides');
    await print('handout', 'handout');
  });
  afterAll(async () => {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  });

  describe('the slides', () => {
    it('print one page a slide at the 16:9 size of the slides, fonts embedded', () => {
      const pdf = readFileSync(files.get('slides') ?? '');
      expect(countPdfPages(pdf)).toBe(slides.length);
      // 1920x1080 CSS pixels are 1440x810 points.
      expect(new Set(mediaBoxes(pdf))).toEqual(new Set(['1440x810']));
      expect(pdf.toString('latin1')).toMatch(/\/FontFile[23]?\b/);
    });

    it('are a tagged PDF whose every page is in the structure tree', async () => {
      const document = await open(files.get('slides') ?? '');
      expect((await document.getMarkInfo())?.Marked).toBe(true);
      for (let number = 1; number <= document.numPages; number++) {
        const tree = await (await document.getPage(number)).getStructTree();
        expect(JSON.stringify(tree), `page ${number}`).toContain('"role":"H');
      }
    });

    it('bookmark the sections, each slide under its section, and the ten recommendations by number', async () => {
      const outline = (await (await open(files.get('slides') ?? '')).getOutline()) as OutlineItem[];
      const top = outline.map((item) => item.title);
      for (const heading of sections) expect(top).toContain(heading);
      const contributions = outline.find((item) => item.title === "Increasing Japan's Contributions");
      const nested = contributions?.items.flatMap((slide) => slide.items.map((item) => item.title)) ?? [];
      expect(nested).toEqual(recommendations);
      const conclusion = outline.find((item) => item.title === 'Conclusion');
      const conclusionSlides = slides.filter((slide) => slide.section?.heading === 'Conclusion');
      expect(conclusion?.items.map((item) => item.title)).toEqual(
        conclusionSlides.map((slide) => (slide.content.kind === 'prose' ? slide.content.headline : '')),
      );
    });

    it("put each slide's words on its own page, as selectable text", async () => {
      const texts = await pageTexts(await open(files.get('slides') ?? ''));
      slides.forEach((slide, index) => {
        // Case aside: the theme sets the section kicker in capitals.
        for (const words of screenText(slide)) {
          expect(texts[index]?.toLowerCase(), slide.id).toContain(normalise(words.text).toLowerCase());
        }
      });
    });

    it('carry the title, the speaker as author, a subject, keywords and the language', async () => {
      const { info } = (await (await open(files.get('slides') ?? '')).getMetadata()) as unknown as {
        info: Record<string, string>;
      };
      expect(info['Title']).toContain('Statement of Mr. Atul Khare');
      expect(info['Author']).toBe(speech.titleBlock.speaker);
      expect(info['Subject']).toMatch(/^Slides of the statement/);
      expect(info['Keywords']).toContain('Kyoto University of Arts');
      expect(info['Language']).toBe('en');
    });

    it('come out the same twice in a row', async () => {
      const again = await pageTexts(await open(await print('slides', 'slides-again')));
      expect(again).toEqual(await pageTexts(await open(files.get('slides') ?? '')));
    });
  });

  describe('the handout', () => {
    it('holds every spoken word in order, and every slide by its headline', async () => {
      const text = (await pageTexts(await open(files.get('handout') ?? ''))).join(' ');
      expect(inOrder(normalise(spokenText(slides)).split(' '), text)).toBeUndefined();
      for (const slide of slides) expect(text, slide.id).toContain(`Slide ${slide.number}`);
      for (const headline of recommendations) expect(text).toContain(headline);
    });

    it('draws each slide as text, two or three to a page, with the title and the page number on every page', async () => {
      const document = await open(files.get('handout') ?? '');
      const texts = await pageTexts(document);
      expect(texts.length).toBeGreaterThanOrEqual(Math.ceil(slides.length / 3));
      expect(texts.length).toBeLessThanOrEqual(Math.ceil(slides.length / 2));
      texts.forEach((text, index) => {
        expect(text).toContain('Statement of Mr. Atul Khare');
        expect(text).toContain(`Page ${index + 1} of ${texts.length}`);
      });
      // The slide's own words, drawn from its markup (a screenshot would hold none).
      const recommendationSlide = slides.find((slide) => slide.id === 'kyoto-3');
      if (recommendationSlide === undefined) throw new Error('The outline has no kyoto-3 slide.');
      // Case aside: the theme sets labels in capitals.
      for (const words of screenText(recommendationSlide)) {
        expect(texts.join(' ').toLowerCase()).toContain(normalise(words.text).toLowerCase());
      }
    });

    it('is tagged, with bookmarks like the slides', async () => {
      const document = await open(files.get('handout') ?? '');
      expect((await document.getMarkInfo())?.Marked).toBe(true);
      const outline = (await document.getOutline()) as OutlineItem[];
      const all = JSON.stringify(outline);
      for (const heading of [...sections, ...recommendations]) expect(all).toContain(JSON.stringify(heading));
    });

    it('prints on A4, and on Letter when asked', async () => {
      // Chromium rounds the page to whole device pixels: within a point of the paper.
      const paperOf = (pdf: Buffer) => [...new Set(mediaBoxes(pdf, Math.floor))];
      expect(paperOf(readFileSync(files.get('handout') ?? ''))).toEqual(['595x842']);
      expect(paperOf(readFileSync(await print('handout', 'handout-letter', 'letter')))).toEqual(['612x792']);
    });
  });
});
