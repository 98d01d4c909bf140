import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { html } from '../src/model/html.ts';

// The page the deck is measured against: stock reveal.js 6 as its own package ships it, with the deck's slides.

/** reveal.js's own files, as its package's index.html loads them (black theme), and the deck's three plugins. */
const STOCK_FILES = [
  'reset.css',
  'reveal.css',
  'theme/black.css',
  'reveal.js',
  'plugin/notes.js',
  'plugin/search.js',
  'plugin/zoom.js',
];

/** A plain reveal.js 6 page in the shape of the package's own index.html, holding the deck's `<section>`s. */
export function stockPageHtml(deck: { readonly title: string; readonly html: string }): string {
  const tag = (file: string) =>
    file.endsWith('.css') ? `<link rel="stylesheet" href="dist/${file}" />` : `<script src="dist/${file}"></script>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    ${html`<title>${deck.title}</title>`.toString()}
    ${STOCK_FILES.filter((file) => file.endsWith('.css'))
      .map(tag)
      .join('\n    ')}
  </head>
  <body>
    <div class="reveal"><div class="slides">${deck.html}</div></div>
    ${STOCK_FILES.filter((file) => file.endsWith('.js'))
      .map(tag)
      .join('\n    ')}
    <script>Reveal.initialize({ hash: true, plugins: [RevealNotes, RevealSearch, RevealZoom] });</script>
  </body>
</html>
`;
}

export async function writeStockPage(
  dir: string,
  deck: { readonly title: string; readonly html: string },
): Promise<void> {
  const dist = path.dirname(createRequire(import.meta.url).resolve('reveal.js'));
  for (const file of STOCK_FILES) {
    await mkdir(path.dirname(path.join(dir, 'dist', file)), { recursive: true });
    await copyFile(path.join(dist, file), path.join(dir, 'dist', file));
  }
  await writeFile(path.join(dir, 'index.html'), stockPageHtml(deck));
}
