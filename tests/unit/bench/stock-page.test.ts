import { describe, expect, it } from 'vitest';
import { stockPageHtml } from '../../../bench/stock-page.ts';

describe('the stock page', () => {
  const html = stockPageHtml({ title: 'A <title>', html: '<section id="one">One</section>' });

  it("loads reveal.js's own files, theme and the deck's three plugins, as plain tags", () => {
    for (const file of ['reset.css', 'reveal.css', 'theme/black.css'])
      expect(html).toContain(`<link rel="stylesheet" href="dist/${file}" />`);
    for (const file of ['reveal.js', 'plugin/notes.js', 'plugin/search.js', 'plugin/zoom.js'])
      expect(html).toContain(`<script src="dist/${file}"></script>`);
    expect(html).toContain('plugins: [RevealNotes, RevealSearch, RevealZoom]');
  });

  it('holds the same slides, under the escaped title', () => {
    expect(html).toContain('<div class="slides"><section id="one">One</section></div>');
    expect(html).toContain('<title>A &lt;title&gt;</title>');
  });
});
