import { describe, expect, it } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import { deckModel } from '../../../src/model/deck.ts';
import { escapeHtml } from '../../../src/model/html.ts';
import { composeHandout } from '../../../src/model/handout-page.ts';

const model = deckModel(speech);
const html = composeHandout(model);
const { slides } = model;

describe('composeHandout', () => {
  it('holds every slide, drawn from its own markup, with its notes beside it, in order', () => {
    const order = [...html.matchAll(/<article class="handout-slide" id="handout-([^"]+)"/g)].map((match) => match[1]);
    expect(order).toEqual(slides.map((slide) => slide.id));
    for (const slide of slides) expect(html).toContain(`<section id="${slide.id}"`);
    expect(html.match(/<div class="handout-notes"/g)).toHaveLength(slides.length);
  });

  it("heads each section once, and keeps the slides' own headings out of the structure", () => {
    const sections = [...html.matchAll(/<h2 class="handout-section">([^<]+)<\/h2>/g)].map((match) => match[1]);
    expect(sections).toEqual(speech.sections.map((section) => escapeHtml(section.heading)));
    const insideSlides = [...html.matchAll(/<figure[^]*?<\/figure>/g)].map((match) => match[0]).join('');
    expect(insideSlides.match(/<h[1-6]\b/g)?.length).toBeGreaterThan(slides.length - 1);
    expect(insideSlides).not.toMatch(/<h[1-6]\b(?! role="none")/);
    expect(html.match(/<h4 /g)).toHaveLength(10);
  });

  it('names a recommendation by its number and on-screen headline', () => {
    expect(html).toContain('>1. Become an Equipment-Contributing Country</h4>');
  });
});
