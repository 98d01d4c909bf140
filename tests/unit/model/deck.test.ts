import { describe, expect, it } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import { deckModel, deckSlides, recommendationId, spokenText } from '../../../src/model/deck.ts';
import { renderDeck } from '../../../src/model/render.ts';
import type { Speech } from '../../../src/model/types.ts';
import { decodeEntities, firstDifference, firstNotesDifference, normalise, readSource } from '../../source.ts';

const source = readSource();

describe('the speaker notes carry the speech word for word', () => {
  it('reads the source as four headings around the spoken text', () => {
    expect(source.headings).toHaveLength(4);
    expect(source.spoken.startsWith('Honorary Chairman of the Kyoto Peacebuilding Center')).toBe(true);
    expect(source.spoken.endsWith('Thank you once again for your invaluable support.')).toBe(true);
  });

  it('has the notes of the outline, in slide order, equal to the source', () => {
    expect(firstNotesDifference(deckSlides(speech), source.spoken)).toBeUndefined();
    expect(normalise(spokenText(deckSlides(speech)))).toBe(source.spoken);
  });

  it('names the slide and field of the first word that differs', () => {
    const [first, ...rest] = speech.opening;
    const edited: Speech = {
      ...speech,
      opening: [{ ...first, spoken: [first.spoken[0], first.spoken[1]?.replace('third', 'second') ?? ''] }, ...rest],
    };
    expect(firstNotesDifference(deckSlides(edited), source.spoken)).toMatch(
      /^slide "partner", field "spoken\[1\]", word \d+ of the speech: the notes have ".*second.*", the source has ".*third.*"$/,
    );
  });

  it('has the rendered <aside class="notes">, in slide order, equal to the source', () => {
    const asides = [...renderDeck(deckModel(speech)).matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)];
    const text = normalise(asides.map((match) => decodeEntities((match[1] ?? '').replace(/<[^>]+>/g, ' '))).join(' '));
    expect(firstDifference(text, source.spoken)).toBeUndefined();
  });

  it('keeps the paragraph the source splits across a page break as one paragraph', () => {
    const paragraphs = deckSlides(speech).flatMap((slide) => slide.notes.map((paragraph) => paragraph.text));
    const split = paragraphs.filter((text) => text.includes('accommodation, rations,'));
    expect(split).toHaveLength(1);
    expect(split[0]).toContain('accommodation, rations, fuel, technology, equipment');
  });

  it('shows the four section headings of the source, in its order, and does not put them in the notes', () => {
    expect(speech.sections.map((section) => section.heading)).toEqual(source.headings);
    const notes = spokenText(deckSlides(speech));
    for (const heading of source.headings) expect(notes).not.toContain(heading);
  });
});

describe('the view model', () => {
  it('speaks each recommendation title in its notes, after its number', () => {
    const slides = deckSlides(speech);
    const titles = speech.sections.flatMap((section) =>
      section.slides.flatMap((slide) => (slide.kind === 'recommendation' ? [slide.recommendation] : [])),
    );
    expect(titles).toHaveLength(10);
    for (const recommendation of titles) {
      const slide = slides.find(
        (candidate) => candidate.id === recommendationId(recommendation.series, recommendation.number),
      );
      expect(slide?.notes[0]?.emphasis).toBe(`${recommendation.number}. ${recommendation.title}`);
    }
  });
});
