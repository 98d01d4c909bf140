import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { speech } from '../../slides/speech.ts';
import { translation as ja } from '../../slides/translations/ja.ts';
import { deckModel } from '../../src/model/deck.ts';
import { translatedHeadline } from '../../src/model/translated-slides.ts';
import { exportPdf } from '../../src/node/pdf.ts';
import type { HandoutLanguage } from '../../src/node/pdf/handout.ts';
import { pdfMetadata } from '../../src/node/pdf/metadata.ts';
import { countPdfPages, slides } from './harness.ts';

/** Each page's text as pdf.js reads it, without white space: Japanese has none, and a headline may wrap. */
async function pageTexts(file: string): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .replace(/\s+/g, ''),
    );
  }
  await document.destroy();
  return texts;
}

/** The names of the fonts a PDF embeds (their subset prefix left out). */
function embeddedFonts(file: string): string[] {
  const names = readFileSync(file)
    .toString('latin1')
    .matchAll(/\/FontName\s*\/[A-Z]{6}\+([\w-]+)/g);
  return [...new Set([...names].map((match) => match[1] ?? ''))];
}

describe('the slides PDF in Japanese (npm run pdf -- --lang ja|both)', () => {
  let browser: Browser;
  const out = mkdtempSync(path.join(tmpdir(), 'deck-pdf-ja-'));
  const print = async (language: HandoutLanguage) => {
    const file = path.join(out, `slides-${language}.pdf`);
    const metadata = pdfMetadata(deckModel(speech), 'slides');
    await exportPdf(browser, inject('folderUrl'), { kind: 'slides', file, language, metadata });
    return file;
  };
  const files = new Map<HandoutLanguage, string>();

  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
    for (const language of ['en', 'ja'] as const) files.set(language, await print(language));
  }, 180_000);
  afterAll(async () => {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('prints every slide with its Japanese headline under the English, labelled 仮訳', async () => {
    const file = files.get('ja') ?? '';
    expect(countPdfPages(readFileSync(file))).toBe(slides.length);
    const texts = await pageTexts(file);
    slides.forEach((slide, index) => {
      const page = texts[index] ?? '';
      expect(page, slide.id).toContain(translatedHeadline(slide, ja).replace(/\s+/g, ''));
      expect(page, slide.id).toContain('仮訳');
    });
  });

  it("draws them in the deck's Japanese face, embedded", () => {
    expect(embeddedFonts(files.get('ja') ?? '')).toContainEqual(expect.stringMatching(/^NotoSerifJP/));
  });

  it('leaves them out in English', async () => {
    const text = (await pageTexts(files.get('en') ?? '')).join('');
    for (const slide of slides) expect(text, slide.id).not.toContain(translatedHeadline(slide, ja));
    expect(text).not.toContain('仮訳');
  });
});
