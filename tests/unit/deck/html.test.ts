import { describe, expect, it } from 'vitest';
import { escapeHtml, renderParagraphs } from '../../../src/deck/html.ts';

describe('html', () => {
  it('escapes text for content and quoted attributes alike', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });

  it('renders spoken paragraphs, the emphasis in bold, one a line', () => {
    const html = renderParagraphs([
      { emphasis: '1. A <title>.', text: 'And on.', field: 'recommendation.continuation' },
      { text: 'Next.', field: 'spoken[1]' },
    ]);
    expect(html).toBe('<p><strong>1. A &lt;title&gt;.</strong> And on.</p>\n<p>Next.</p>');
  });
});
