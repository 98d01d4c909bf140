import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';

export type PdfKind = 'slides' | 'handout';

export interface PdfExport {
  readonly kind: PdfKind;
  readonly file: string;
}

/**
 * Prints the served deck to PDF in a real browser: the slides, one page each through reveal.js's print view; or the
 * handout, the reading view on A4. `baseUrl` is the deck's address, ending in `/`.
 */
export async function exportPdf(browser: Browser, baseUrl: string, kind: PdfKind, file: string): Promise<PdfExport> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    if (kind === 'slides') {
      await page.goto(new URL('?print-pdf', baseUrl).href);
      await page.waitForSelector('.reveal.ready');
    } else {
      await page.goto(new URL('read.html', baseUrl).href);
    }
    await page.evaluate(() => document.fonts.ready);
    await mkdir(path.dirname(file), { recursive: true });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({
      path: file,
      printBackground: true,
      preferCSSPageSize: true,
      ...(kind === 'handout' ? { format: 'A4' } : {}),
    });
    return { kind, file };
  } finally {
    await context.close();
  }
}
