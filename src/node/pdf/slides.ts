import type { Page } from 'playwright-core';

/**
 * The slides, one page each, through reveal.js's print view: tagged, with bookmarks built from the headings that the
 * deck's print module gives each slide (src/client/print.ts), at the slides' own 16:9 page size.
 */
export async function printSlides(page: Page, base: string): Promise<Uint8Array> {
  await page.goto(new URL('index.html?print-pdf', base).href);
  await page.locator('.reveal.ready').waitFor();
  // reveal.js lays out the printed pages after it is ready; the print module then adds the headings.
  await page.locator('.reveal .pdf-page .print-outline-heading').first().waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
}
