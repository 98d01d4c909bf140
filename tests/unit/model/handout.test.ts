import { describe, expect, it } from 'vitest';
import { renderHandout, type HandoutSlide } from '../../../src/model/handout.ts';
import { raw } from '../../../src/model/html.ts';

const slide: HandoutSlide = {
  id: 'one',
  number: 1,
  headline: 'Peace & <security>',
  nested: false,
  opensSection: 'A "section"',
  slideHtml: raw('<section id="one"></section>'),
  notesHtml: raw('<p>Spoken.</p>'),
};

describe('renderHandout', () => {
  const html = renderHandout({
    title: 'T & t',
    byline: 'B',
    slides: [slide, { ...slide, id: 'two', number: 2, nested: true, opensSection: undefined, notesHtml: raw('') }],
  });

  it('escapes what it is given as text, and keeps the rendered parts as they are', () => {
    expect(html).toContain('<h1>T &amp; t</h1>');
    expect(html).toContain('Peace &amp; &lt;security&gt;');
    expect(html).toContain('<h2 class="handout-section">A &quot;section&quot;</h2>');
    expect(html).toContain('<section id="one"></section>');
    expect(html).toContain('<p>Spoken.</p>');
  });

  it('shows each slide as one labelled image beside its words; a silent slide says so', () => {
    expect(html).toContain('role="img" aria-label="Slide 1: Peace &amp; &lt;security&gt;"');
    expect(html).toContain('<h3 id="handout-one-heading"');
    expect(html).toContain('<h4 id="handout-two-heading"');
    expect(html).toContain('Nothing is spoken over this slide.');
  });
});
