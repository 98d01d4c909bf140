import { describe, expect, it } from 'vitest';
import { escapeHtml, html, joinHtml, raw, renderParagraphs } from '../../../src/model/html.ts';

const ATTACK = `<img src=x onerror="alert('1')"> & co`;
const ESCAPED = '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co';

describe('escapeHtml', () => {
  it('escapes text for content and quoted attributes alike', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });
});

describe('html', () => {
  it('escapes every interpolated string, in content and in attributes, by default', () => {
    expect(String(html`<p title="${ATTACK}">${ATTACK}</p>`)).toBe(`<p title="${ESCAPED}">${ESCAPED}</p>`);
  });

  it('keeps its own markup and what raw() vouches for, and nothing that only looks like markup', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(String(html`<p>${inner}${raw('<svg></svg>')}</p>`)).toBe('<p><b>&lt;i&gt;</b><svg></svg></p>');
    const lookalike = { toString: () => '<script>alert(1)</script>' };
    // A plain object is not markup: cast past the types, it is still escaped as text.
    expect(String(html`${lookalike as unknown as string}`)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('joins lists (each item escaped), shows numbers, and leaves out false, null and undefined', () => {
    expect(String(html`<ul>${['<a>', html`<li>b</li>`, ['&']]}</ul>`)).toBe('<ul>&lt;a&gt;<li>b</li>&amp;</ul>');
    expect(String(html`${3}${false}${null}${undefined}`)).toBe('3');
    expect(String(joinHtml(['<', html`<br>`, '>'], ', '))).toBe('&lt;, <br>, &gt;');
  });
});

describe('renderParagraphs', () => {
  it('renders spoken paragraphs, the emphasis in bold, one a line', () => {
    const rendered = renderParagraphs([
      { emphasis: '1. A <title>.', text: 'And on.', field: 'recommendation.continuation' },
      { text: 'Next.', field: 'spoken[1]' },
    ]);
    expect(String(rendered)).toBe('<p><strong>1. A &lt;title&gt;.</strong> And on.</p>\n<p>Next.</p>');
  });
});
