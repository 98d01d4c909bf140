import { describe, expect, it } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import { deckModel, recommendationId } from '../../../src/model/deck.ts';
import { renderDeck } from '../../../src/model/render.ts';
import { RECOMMENDATION_NUMBERS, SERIES } from '../../../src/model/types.ts';
import { readSource } from '../../source.ts';

const model = deckModel(speech);
const deck = { slides: model.slides, html: renderDeck(model) };
const sections = [...deck.html.matchAll(/(<section id="([^"]+)"[^>]*>)([\s\S]*?)<\/section>/g)].map((match) => ({
  id: match[2] ?? '',
  tag: match[1] ?? '',
  html: match[3] ?? '',
  screen: (match[3] ?? '').replace(/<aside class="notes">[\s\S]*?<\/aside>/, ''),
}));

describe('the rendered deck', () => {
  it('has one <section> per slide, with unique ids, for a talk of about 20 to 26 slides', () => {
    expect(sections.map((section) => section.id)).toEqual(deck.slides.map((slide) => slide.id));
    expect(new Set(sections.map((section) => section.id)).size).toBe(sections.length);
    expect(sections.length).toBeGreaterThanOrEqual(20);
    expect(sections.length).toBeLessThanOrEqual(26);
  });

  it('opens with the title block, shown on the first slide', () => {
    const title = sections[0];
    const block = speech.titleBlock;
    for (const text of [block.speaker, block.speakerRole, block.venue, '19 May 2022'])
      expect(title?.screen).toContain(text);
    expect(readSource().titleBlock).toContain(block.speaker);
  });

  it('shows every section heading on the slides of its section, escaped', () => {
    for (const section of speech.sections) {
      const escaped = section.heading.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
      const shown = sections.filter((rendered) => rendered.screen.includes(`<p class="kicker">${escaped}</p>`));
      expect(shown.length, section.heading).toBe(section.slides.length);
    }
  });

  it("marks on each section's slides which of the sections it is in, and opens each section on its first slide", () => {
    speech.sections.forEach((section, index) => {
      const own = deck.slides.filter((slide) => slide.section?.heading === section.heading);
      for (const [position, slide] of own.entries()) {
        const rendered = sections.find((each) => each.id === slide.id);
        const steps =
          rendered?.screen.match(/<span class="section-steps" aria-hidden="true">(.*?)<\/span><p/)?.[1] ?? '';
        const marks = [...steps.matchAll(/<span( class="current")?><\/span>/g)].map((mark) => mark[1] !== undefined);
        expect(marks, slide.id).toEqual(speech.sections.map((_, each) => each === index));
        expect(rendered?.tag.includes('opens-section'), slide.id).toBe(position === 0);
      }
    });
  });

  it('puts each of the ten recommendations on a slide of its own, numbered 1 to 5 within its series', () => {
    for (const series of SERIES) {
      const label = speech.series[series].label;
      for (const number of RECOMMENDATION_NUMBERS) {
        const slide = sections.filter((section) => section.id === recommendationId(series, number));
        expect(slide, recommendationId(series, number)).toHaveLength(1);
        // The number large, and among the series' five marks the one for this recommendation filled.
        expect(slide[0]?.screen).toContain(`<span class="recommendation-number">${number}</span>`);
        const marks = [
          ...(slide[0]?.screen.match(/<span class="series-position"[^>]*>(.*?)<\/span><\/p>/)?.[1] ?? '').matchAll(
            /<span( class="current")?><\/span>/g,
          ),
        ];
        expect(marks.map((mark) => mark[1] !== undefined)).toEqual(
          RECOMMENDATION_NUMBERS.map((each) => each === number),
        );
        expect(slide[0]?.screen).toContain(label);
        expect(slide[0]?.html.match(/class="recommendation"/g)).toHaveLength(1);
      }
    }
  });

  it('gives every slide but the title speaker notes, and leaves the plan to the page model', () => {
    for (const [index, slide] of deck.slides.entries()) {
      const section = sections[index];
      expect(section?.html.includes('<aside class="notes">'), slide.id).toBe(index > 0);
      expect(section?.tag, slide.id).not.toContain('data-timing');
    }
  });

  it('inlines each icon as decorative SVG', () => {
    const icons = [...deck.html.matchAll(/<svg[^>]*>/g)].map((match) => match[0]);
    expect(icons.length).toBeGreaterThanOrEqual(10);
    for (const icon of icons) expect(icon).toContain('aria-hidden="true"');
  });
});
