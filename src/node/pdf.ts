import path from 'node:path';
import type { Browser } from 'playwright-core';
import { SLIDE_SIZE } from '../model/slide-size.ts';
import { printHandout, type HandoutLanguage, type Paper } from './pdf/handout.ts';
import { withMetadata, type PdfMetadata } from './pdf/metadata.ts';
import { printSlides } from './pdf/slides.ts';
import { writeWhole } from './pdf/write.ts';

export type PdfKind = 'slides' | 'handout';
export const PDF_KINDS: readonly PdfKind[] = ['slides', 'handout'];

export interface PdfRequest {
  readonly kind: PdfKind;
  readonly file: string;
  readonly metadata: PdfMetadata;
  /** The handout's paper; the slides print at their own 16:9 size. @default 'a4' */
  readonly paper?: Paper;
  /** The handout's language; the slides' in `ja` and `both` carry the Japanese headlines too. @default 'en' */
  readonly language?: HandoutLanguage;
}

export interface PdfExport {
  readonly kind: PdfKind;
  readonly file: string;
  readonly bytes: number;
}

/**
 * Prints the built deck to PDF in a real browser and writes it whole. `base` is the built folder's address, ending in
 * `/`: a `file://` URL (the build works from a folder) or a server's.
 */
export async function exportPdf(browser: Browser, base: string, request: PdfRequest): Promise<PdfExport> {
  const context = await browser.newContext({ viewport: { ...SLIDE_SIZE } });
  try {
    const page = await context.newPage();
    const printed =
      request.kind === 'slides'
        ? await printSlides(page, base, request.language)
        : await printHandout(page, base, request.paper ?? 'a4', request.language);
    const pdf = await withMetadata(printed, request.metadata);
    await writeWhole(path.resolve(request.file), pdf);
    return { kind: request.kind, file: request.file, bytes: pdf.length };
  } finally {
    await context.close();
  }
}
