import { describe, expect, it } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import { deckModel } from '../../../src/model/deck.ts';
import { renderReading } from '../../../src/model/reading.ts';
import { decodeEntities, firstDifference, normalise, readSource } from '../../source.ts';

const model = deckModel(speech);
const html = renderReading(model);
const source = readSource();

describe('the reading view', () => {
  it('holds every spoken word, in order, and nothing else in its passages', () => {
    const passages = [...html.matchAll(/<div class="reading-passage[^"]*"[^>]*>([\s\S]*?)<\/div>/g)].map((match) =>
      (match[1] ?? '').replace(/<a class="reading-slide-link"[\s\S]*?<\/a>/, ''),
    );
    const text = normalise(decodeEntities(passages.join(' ').replace(/<[^>]+>/g, ' ')));
    expect(firstDifference(text, source.spoken)).toBeUndefined();
  });

  it('puts the four section headings between the passages, in the source order', () => {
    const headings = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((match) => decodeEntities(match[1] ?? ''));
    expect(headings).toEqual(source.headings);
  });

  it('links each passage to its slide in the presentation', () => {
    for (const slide of model.slides.slice(1)) {
      expect(html).toContain(`href="./index.html#/${slide.id}"`);
    }
  });
});
