import { describe, expect, it } from 'vitest';
import { stockPageHtml, STOCK_FILES } from '../../../src/node/bench/stock-page.ts';

describe('stockPageHtml', () => {
  const html = stockPageHtml({ title: 'Statement of A & B', html: '<section id="one">One</section>' });

  it('links every reveal.js stylesheet and loads every script from dist/, styles in the head', () => {
    for (const file of STOCK_FILES) expect(html).toContain(`dist/${file}`);
    expect(html).toContain('<link rel="stylesheet" href="dist/theme/black.css" />');
    expect(html.indexOf('dist/reveal.css')).toBeLessThan(html.indexOf('</head>'));
    expect(html.indexOf('<script src="dist/reveal.js">')).toBeGreaterThan(html.indexOf('</section>'));
  });

  it('loads reveal.js before its plugins, and initializes after both', () => {
    const reveal = html.indexOf('dist/reveal.js');
    for (const plugin of ['notes', 'search', 'zoom'])
      expect(html.indexOf(`dist/plugin/${plugin}.js`)).toBeGreaterThan(reveal);
    expect(html.indexOf('Reveal.initialize')).toBeGreaterThan(html.indexOf('dist/plugin/zoom.js'));
    expect(html).toContain('Reveal.initialize({ hash: true, plugins: [RevealNotes, RevealSearch, RevealZoom] });');
  });

  it('puts the sections inside .reveal > .slides and escapes the title', () => {
    expect(html).toContain('<div class="reveal">\n      <div class="slides"><section id="one">One</section></div>');
    expect(html).toContain('<title>Statement of A &amp; B</title>');
  });
});
