import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { speech } from '../../slides/speech.ts';
import { deckModel } from '../../src/model/deck.ts';
import { translation as ja } from '../../slides/translations/ja.ts';
import { exportPdf } from '../../src/node/pdf.ts';
import type { HandoutLanguage } from '../../src/node/pdf/handout.ts';
import { pdfMetadata } from '../../src/node/pdf/metadata.ts';
import { SCREENSHOT_DIR, slides } from './harness.ts';
import { translatedNotes } from '../../src/model/translated-slides.ts';

interface OutlineItem {
  readonly title: string;
  readonly items: readonly OutlineItem[];
}

const flatten = (items: readonly OutlineItem[]): string[] =>
  items.flatMap((item) => [item.title, ...flatten(item.items)]);
/** Japanese is set without spaces; a PDF's text breaks its lines where the page did. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The PDF's text, page after page, read back with pdfjs-dist (no system tool needed), without white space. */
async function pdfText(file: string): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return squeeze(pages.join(''));
}

/** Page 2 as a PNG in screenshots/, for a person to look at, where poppler-utils' pdftoppm is installed. */
function pictureOfPage2(file: string, name: string): void {
  try {
    execFileSync('pdftoppm', [
      '-r',
      '110',
      '-f',
      '2',
      '-l',
      '2',
      '-png',
      '-singlefile',
      file,
      `${SCREENSHOT_DIR}${name}`,
    ]);
  } catch {
    // No pdftoppm here: no picture, and nothing the assertions depend on.
  }
}

/** Where each of `paragraphs` begins in `text`, in order; the first missing one is named. */
function missingInOrder(paragraphs: readonly string[], text: string): string | undefined {
  let at = 0;
  for (const paragraph of paragraphs) {
    const found = text.indexOf(squeeze(paragraph), at);
    if (found === -1) return paragraph;
    at = found + squeeze(paragraph).length;
  }
  return undefined;
}

const japanese = slides.flatMap((slide) => translatedNotes(slide, ja).map((p) => `${p.emphasis ?? ''}${p.text}`));

describe('the handout in Japanese and in both languages (npm run pdf -- --lang ja|both)', () => {
  let browser: Browser;
  const out = mkdtempSync(path.join(tmpdir(), 'deck-handout-lang-'));
  const print = async (language: HandoutLanguage) => {
    const file = path.join(out, `handout-${language}.pdf`);
    const metadata = { ...pdfMetadata(deckModel(speech), 'handout'), language: language === 'ja' ? 'ja' : 'en' };
    await exportPdf(browser, inject('folderUrl'), { kind: 'handout', file, paper: 'a4', language, metadata });
    return file;
  };
  const files = new Map<HandoutLanguage, string>();

  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
    files.set('ja', await print('ja'));
    files.set('both', await print('both'));
  });
  afterAll(async () => {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('in Japanese, holds every Japanese paragraph in order, and no English one', async () => {
    const file = files.get('ja') ?? '';
    const text = await pdfText(file);
    expect(missingInOrder(japanese, text)).toBeUndefined();
    expect(text).toContain(squeeze(ja.label));
    expect(text).not.toContain(squeeze('It is my great honour to be with you here today.'));
    pictureOfPage2(file, 'handout-ja-page-2');
  });

  it('in Japanese, has Japanese bookmarks: the sections, and the recommendations by number', async () => {
    const document = await getDocument({ data: new Uint8Array(readFileSync(files.get('ja') ?? '')) }).promise;
    const titles = flatten(await document.getOutline());
    for (const heading of ja.headings) expect(titles).toContain(heading);
    expect(titles).toContain(`1. ${ja.slides['diet-1'].headline}`);
    expect(titles).toContain(`5. ${ja.slides['kyoto-5'].headline}`);
    expect(titles.filter((title) => /[A-Za-z]{4}/.test(title) && !/JICA|ACSA/.test(title))).toEqual([]);
  });

  it('in both, holds each English paragraph followed by its Japanese', async () => {
    const file = files.get('both') ?? '';
    const text = await pdfText(file);
    expect(missingInOrder(japanese, text)).toBeUndefined();
    const english = text.indexOf(squeeze('It is my great honour to be with you here today.'));
    const itsJapanese = text.indexOf(squeeze(ja.slides.partner.spoken[0]));
    expect(english).toBeGreaterThan(-1);
    expect(itsJapanese).toBeGreaterThan(english);
    pictureOfPage2(file, 'handout-both-page-2');
  });
});
