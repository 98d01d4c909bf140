import type { Page } from 'playwright-core';
import type { HandoutLanguage } from './handout.ts';

/**
 * The slides, one page each, through reveal.js's print view: tagged, with bookmarks built from the headings that the
 * deck's print module gives each slide (src/client/print.ts), at the slides' own 16:9 page size. In `ja` and `both`,
 * each slide carries its Japanese headline under the English (the deck's J, asked for by `?headlines=ja`), in the
 * deck's Japanese face.
 */
export async function printSlides(page: Page, base: string, language: HandoutLanguage = 'en'): Promise<Uint8Array> {
  const query = language === 'en' ? 'print-pdf' : 'print-pdf&headlines=ja';
  await page.goto(new URL(`index.html?${query}`, base).href);
  await page.locator('.reveal.ready').waitFor();
  // reveal.js lays out the printed pages after it is ready; the print module then adds the headings.
  await page.locator('.reveal .pdf-page .print-outline-heading').first().waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
}
