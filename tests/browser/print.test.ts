import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { spokenText } from '../../src/model/deck.ts';
import { countPdfPages, normalise, openDeck, PROJECTOR, slides, useDeck } from './harness.ts';

/** "Where the screen puts it": within this share of the frame's height. */
const TOLERANCE = 0.03;
/** Headlines are 80px and more; in a PDF page of the slide's size that is 60pt and more (less a rounding). */
const MIN_HEADLINE_PT = 59.5;

/** Where a slide's headline begins: the first line of its large text, as fractions of the frame's height. */
interface HeadlineLine {
  readonly id: string;
  readonly text: string;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Runs in the page: each slide's headline line, measured on screen (the deck shows each slide in turn) or in the
 * print view (each slide on its page). Self-contained, since Playwright serialises it.
 */
function headlineLines(view: string): HeadlineLine[] {
  const deck = window.Reveal;
  const lines: HeadlineLine[] = [];
  for (const [index, slide] of deck.getSlides().entries()) {
    if (view === 'screen') deck.slide(index);
    const frame = (view === 'screen' ? deck.getSlidesElement() : slide.closest('.pdf-page'))?.getBoundingClientRect();
    if (frame === undefined) throw new Error(`No frame around slide ${slide.id}`);
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.closest('h1, h2') == null || node.textContent?.trim() === '') continue;
      if (Number.parseFloat(getComputedStyle(parent).fontSize) < 80) continue;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 1);
      const rect = range.getBoundingClientRect();
      lines.push({
        id: slide.id,
        text: node.textContent?.trim() ?? '',
        top: (rect.top - frame.top) / frame.height,
        bottom: (rect.bottom - frame.top) / frame.height,
      });
      break;
    }
  }
  return lines;
}

/** Where each PDF page's headline sits: the baseline of its first line, as a fraction of the page's height. */
async function pdfHeadlineBaselines(pdf: Buffer, headlines: readonly HeadlineLine[]): Promise<(number | string)[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 }).promise;
  const baselines: (number | string)[] = [];
  for (const [index, headline] of headlines.entries()) {
    const page = await document.getPage(index + 1);
    const { height } = page.getViewport({ scale: 1 });
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [item] : []));
    const first = items.find(
      (item) => item.height >= MIN_HEADLINE_PT && item.str.trim() !== '' && headline.text.startsWith(item.str.trim()),
    );
    // A PDF's y axis runs up from the page's bottom edge.
    baselines.push(
      first === undefined
        ? `${headline.id}: no headline text on page ${index + 1}`
        : 1 - Number(first.transform[5]) / height,
    );
  }
  await document.destroy();
  return baselines;
}

describe('print view (?print-pdf)', () => {
  const session = useDeck();
  let onScreen: HeadlineLine[] = [];
  beforeAll(async () => {
    const screen = await session.newContext({ viewport: PROJECTOR });
    const page = await screen.newPage();
    await openDeck(page, { search: '?transition=none' });
    onScreen = await page.evaluate(headlineLines, 'screen');
    await screen.close();
    await openDeck(session.page, { search: '?print-pdf' });
    // reveal.js lays out the printed pages after it is ready, and adds them all at once.
    await session.page.locator('.reveal .pdf-page').first().waitFor({ state: 'attached' });
  });

  it('lays out one page per slide, in order', async () => {
    const pages = await session.page.evaluate(() =>
      [...document.querySelectorAll('.reveal .pdf-page')].map((page) =>
        [...page.querySelectorAll('section')].map((slide) => slide.id).join(' + '),
      ),
    );
    expect(pages).toEqual(slides.map((slide) => slide.id));
  });

  it('heads each page for the bookmarks as the model says: the section where it opens, then the slide', async () => {
    const headings = await session.page.evaluate(() =>
      [...document.querySelectorAll('.reveal .pdf-page section')].map((slide) =>
        [...slide.querySelectorAll('.print-outline-heading')].map(
          (heading) => `${heading.getAttribute('aria-level')} ${heading.textContent}`,
        ),
      ),
    );
    expect(headings).toEqual(
      slides.map((slide) => [
        ...(slide.section?.opens ? [`${slide.section.bookmarkLevel} ${slide.section.heading}`] : []),
        `${slide.bookmark.level} ${slide.bookmark.title}`,
      ]),
    );
  });

  it("puts each page's headline where the screen puts it", async () => {
    expect(onScreen.map((line) => line.id)).toEqual(slides.map((slide) => slide.id));
    const printed = await session.page.evaluate(headlineLines, 'print');
    const moved = printed.flatMap((line, index) => {
      const screen = onScreen[index];
      return screen === undefined || Math.abs(line.top - screen.top) > TOLERANCE
        ? [`${line.id}: headline at ${line.top.toFixed(3)} of the page's height, ${screen?.top.toFixed(3)} on screen`]
        : [];
    });
    expect(moved).toEqual([]);
  });

  it('prints a PDF of exactly one page per slide, each headline where the screen puts it', async () => {
    await session.page.emulateMedia({ media: 'print' });
    const pdf = await session.page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(countPdfPages(pdf)).toBe(slides.length);
    const baselines = await pdfHeadlineBaselines(pdf, onScreen);
    const moved = baselines.flatMap((baseline, index) => {
      const screen = onScreen[index];
      if (typeof baseline === 'string' || screen === undefined) return [String(baseline)];
      // The baseline lies within the first line's box on screen.
      return baseline >= screen.top - TOLERANCE && baseline <= screen.bottom + TOLERANCE
        ? []
        : [
            `${screen.id}: headline's baseline at ${baseline.toFixed(3)} of the page, its line at ${screen.top.toFixed(3)}–${screen.bottom.toFixed(3)} on screen`,
          ];
    });
    expect(moved).toEqual([]);
  });
});

describe('print view with the notes on pages of their own (?print-pdf&showNotes=separate-page)', () => {
  const session = useDeck();
  beforeAll(async () => {
    await openDeck(session.page, { search: '?print-pdf&showNotes=separate-page' });
    await session.page.locator('.reveal .speaker-notes-pdf').first().waitFor({ state: 'attached' });
  });

  it('prints every slide, and after each the speech spoken over it', async () => {
    const printed = await session.page.evaluate(() =>
      [...document.querySelectorAll('.reveal .speaker-notes-pdf')].map((notes) => notes.textContent),
    );
    expect(normalise(printed.join(' '))).toBe(normalise(spokenText(slides)));
    const pages = await session.page.evaluate(() => document.querySelectorAll('.reveal .pdf-page').length);
    expect(pages).toBe(slides.length);
  });
});
