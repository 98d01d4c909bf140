import { describe, expect, it } from 'vitest';
import { speech } from '../../slides/speech.ts';
import { deckSlides, spokenText } from '../../src/deck/deck.ts';
import { renderDeck } from '../../src/deck/render.ts';
import { decodeEntities, firstDifference, normalise, readSource } from './source.ts';

const source = readSource();

describe('the speaker notes carry the speech word for word', () => {
  it('reads the source as four headings around the spoken text', () => {
    expect(source.headings).toHaveLength(4);
    expect(source.spoken.startsWith('Honorary Chairman of the Kyoto Peacebuilding Center')).toBe(true);
    expect(source.spoken.endsWith('Thank you once again for your invaluable support.')).toBe(true);
  });

  it('has the notes of the outline, in slide order, equal to the source', () => {
    const notes = normalise(spokenText(deckSlides(speech)));
    expect(firstDifference(notes, source.spoken)).toBeUndefined();
    expect(notes).toBe(source.spoken);
  });

  it('has the rendered <aside class="notes">, in slide order, equal to the source', () => {
    const asides = [...renderDeck(speech).html.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)];
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
