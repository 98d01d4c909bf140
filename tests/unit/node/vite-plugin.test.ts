import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import { renderDeck } from '../../../src/deck/render.ts';
import { HEAD_MARKER, injectDeck, READING_MARKER, SLIDES_MARKER } from '../../../src/node/vite-plugin.ts';

const indexHtml = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');

describe('injectDeck', () => {
  it('fills index.html with the title, favicon and slides', () => {
    const html = injectDeck(indexHtml, speech);
    expect(html).not.toContain(HEAD_MARKER);
    expect(html).not.toContain(SLIDES_MARKER);
    expect(html).toContain(`<title>${renderDeck(speech).title}</title>`);
    expect(html).toMatch(/<link rel="icon" href="data:image\/svg\+xml,[^"]+"/);
    expect(html).toContain(renderDeck(speech).html);
  });

  it('renders at the speaking rate it is given', () => {
    const slow = injectDeck(indexHtml, speech, 100);
    const fast = injectDeck(indexHtml, speech, 160);
    const total = (html: string) =>
      [...html.matchAll(/data-timing="(\d+)"/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(total(slow)).toBeGreaterThan(total(fast));
  });

  it('says which placeholder index.html lacks', () => {
    expect(() => injectDeck(indexHtml.replace(SLIDES_MARKER, ''), speech)).toThrow(
      `index.html has no ${SLIDES_MARKER} or ${READING_MARKER} placeholder`,
    );
    expect(() => injectDeck(indexHtml.replace(HEAD_MARKER, ''), speech)).toThrow(
      `index.html has no ${HEAD_MARKER} placeholder`,
    );
  });

  it('escapes outline text, so the outline cannot inject markup', () => {
    const hostile = {
      ...speech,
      salutation: { ...speech.salutation, closing: '<script>alert("x")</script> & friends' },
    };
    const html = injectDeck(indexHtml, hostile);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends');
  });
});
