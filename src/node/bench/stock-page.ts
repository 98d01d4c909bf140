import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { escapeHtml } from '../../deck/html.ts';

/**
 * reveal.js's own distribution files, relative to its `dist/`, as its package's index.html loads them (black is the
 * theme that page uses), plus the UMD builds of the three plugins our deck uses.
 */
export const STOCK_FILES: readonly string[] = [
  'reset.css',
  'reveal.css',
  'theme/black.css',
  'reveal.js',
  'plugin/notes.js',
  'plugin/search.js',
  'plugin/zoom.js',
];

/** A plain reveal.js 6 page in the shape of the package's own index.html, holding the given `<section>`s. */
export function stockPageHtml(deck: { readonly title: string; readonly html: string }): string {
  const links = STOCK_FILES.filter((file) => file.endsWith('.css')).map(
    (file) => `    <link rel="stylesheet" href="dist/${file}" />`,
  );
  const scripts = STOCK_FILES.filter((file) => file.endsWith('.js')).map(
    (file) => `    <script src="dist/${file}"></script>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />',
    `    <title>${escapeHtml(deck.title)}</title>`,
    ...links,
    '  </head>',
    '  <body>',
    '    <div class="reveal">',
    `      <div class="slides">${deck.html}</div>`,
    '    </div>',
    ...scripts,
    '    <script>',
    '      Reveal.initialize({ hash: true, plugins: [RevealNotes, RevealSearch, RevealZoom] });',
    '    </script>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

/** reveal.js's `dist/`, found the way Node finds the package, so a hoisted or nested install both work. */
function revealDist(): string {
  return path.dirname(createRequire(import.meta.url).resolve('reveal.js'));
}

export async function writeStockPage(
  dir: string,
  deck: { readonly title: string; readonly html: string },
): Promise<void> {
  const source = revealDist();
  for (const file of STOCK_FILES) {
    const target = path.join(dir, 'dist', file);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(source, file), target);
  }
  await writeFile(path.join(dir, 'index.html'), stockPageHtml(deck));
}
