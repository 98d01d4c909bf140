import type { Page } from 'playwright-core';
import { html } from '../../model/html.ts';

/** The handout's languages: the English, the Japanese (仮訳), or each English block followed by its Japanese. */
export type HandoutLanguage = 'en' | 'ja' | 'both';
export const HANDOUT_LANGUAGES: readonly HandoutLanguage[] = ['en', 'ja', 'both'];

/** The handout's paper sizes. */
export type Paper = 'a4' | 'letter';
export const PAPERS: readonly Paper[] = ['a4', 'letter'];

const FORMAT: Readonly<Record<Paper, 'A4' | 'Letter'>> = { a4: 'A4', letter: 'Letter' };

/**
 * The running head and foot: Chromium draws them outside the page's content, as artifacts, in a system face, and
 * without the page's stylesheets, so the colour is handed in: the page's own soft ink, from the palette.
 */
function runningStyle(colour: string): string {
  return `box-sizing:border-box;width:100%;padding:0 16mm;font:7.5pt Georgia,serif;color:${colour};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;`;
}

function header(title: string, style: string): string {
  return html`<div style="${style}text-align:left;">${title}</div>`.toString();
}

function footer(style: string): string {
  return html`<div style="${style}text-align:right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`.toString();
}

/**
 * The handout (handout.html): notes pages on A4 or Letter, tagged, with bookmarks from its headings, the title at
 * the head of every page and the page number at its foot.
 */
export async function printHandout(
  page: Page,
  base: string,
  paper: Paper,
  language: HandoutLanguage = 'en',
): Promise<Uint8Array> {
  await page.goto(new URL('handout.html', base).href);
  // The page holds both languages; its stylesheet shows the one asked for (handout-lang.css). The document's language
  // is the one it is read in, so the PDF's tags and a screen reader's voice follow.
  await page.evaluate((lang) => {
    document.documentElement.dataset['handoutLang'] = lang;
    document.documentElement.lang = lang === 'ja' ? 'ja' : 'en';
  }, language);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.emulateMedia({ media: 'print' });
  const style = runningStyle(
    await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ink-soft').trim()),
  );
  return page.pdf({
    format: FORMAT[paper],
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    // The handout's own title, short enough for one line; the document's full title is in its information.
    // innerText: the title in the language shown (the other is hidden by handout-lang.css).
    headerTemplate: header(
      (await page.locator('h1').first().innerText()).replace(/\s+/g, ' ') || (await page.title()),
      style,
    ),
    footerTemplate: footer(style),
    margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
  });
}
