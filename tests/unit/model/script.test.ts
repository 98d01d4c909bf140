import { describe, expect, it } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import { deckModel } from '../../../src/model/deck.ts';
import { planText, renderScript } from '../../../src/model/script.ts';
import { decodeEntities, firstDifference, normalise, readSource } from '../../source.ts';

const model = deckModel(speech);
const { slides } = model;
const html = renderScript(model);
const source = readSource();

function text(fragment: string): string {
  return normalise(decodeEntities(fragment.replace(/<[^>]+>/g, ' ')));
}

const passages = [
  ...html.matchAll(/<div class="script-passage" ([^>]*)>([\s\S]*?)(?=<div class="script-passage"|<\/article>)/g),
];

describe("the speaker's script", () => {
  it('has one passage a slide, in deck order, named by its slide', () => {
    expect(passages).toHaveLength(slides.length);
    passages.forEach((match, index) => {
      const slide = slides[index];
      if (slide === undefined) throw new Error(`no slide ${index + 1}`);
      expect(match[1]).toBe(`data-slide="${slide.id}"`);
    });
  });

  it('holds every spoken word, in order, and nothing else in its paragraphs', () => {
    const words = [...html.matchAll(/<div class="script-words[^"]*">([\s\S]*?)<\/div>/g)].map(
      (match) => match[1] ?? '',
    );
    expect(firstDifference(text(words.join(' ')), source.spoken)).toBeUndefined();
    expect(text(words.join(' '))).toBe(source.spoken);
  });

  it('shows the title block and the four section headings where the audience sees them', () => {
    expect(text(/<header class="script-title-block">([\s\S]*?)<\/header>/.exec(html)?.[1] ?? '')).toBe(
      'Statement of Mr. Atul Khare Under-Secretary-General for Operational Support to the Members of the Kyoto Peacebuilding Center Kyoto University of Arts, 19 May 2022',
    );
    const headings = [...html.matchAll(/<h2 class="script-heading">([^<]+)<\/h2>/g)].map((match) =>
      decodeEntities(match[1] ?? ''),
    );
    expect(headings).toEqual(source.headings);
    // Each heading opens the passage of the slide that first shows it, after that slide's cue.
    const opener = passages.find((match) => match[1]?.includes('data-slide="challenges"'))?.[2] ?? '';
    expect(opener.indexOf('script-cue')).toBeLessThan(opener.indexOf('Current Challenges of UN Peacekeeping'));
  });

  it('begins each passage with a cue: the slide number and its headline as the audience sees it', () => {
    const cues = [...html.matchAll(/<p class="script-cue">([\s\S]*?)<\/p>/g)].map((match) => text(match[1] ?? ''));
    expect(cues).toHaveLength(slides.length);
    expect(cues[0]).toBe('▶ 1 · Statement of Mr. Atul Khare 0 s · 0 words');
    expect(cues[1]).toBe(`▶ 2 · Ladies and Gentlemen ${slides[1]?.timing} s · ${slides[1]?.spokenWords} words`);
    expect(cues[11]).toContain('▶ 12 · Become an Equipment-Contributing Country');
  });

  it('escapes the outline’s text', () => {
    const [first] = slides;
    if (first === undefined) throw new Error('no slides');
    const tricky = { ...first, id: 'a"b', notes: [{ text: '<script>alert(1)</script> & co', field: 'spoken[0]' }] };
    const rendered = renderScript({ ...model, slides: [{ ...tricky, content: slides[2]?.content ?? first.content }] });
    expect(rendered).not.toContain('<script>');
    expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(rendered).toContain('data-slide="a&quot;b"');
  });

  it('marks each paragraph with its stable id, as the page model names it', () => {
    const ids = [...html.matchAll(/<p data-paragraph="([^"]+)">/g)].map((match) => match[1]);
    expect(ids).toEqual(slides.flatMap((slide) => slide.notes.map((note) => note.id)));
    expect(ids).toContain('diet-1.1');
  });
});

describe('planText', () => {
  it('says the seconds and the words, a single word without a plural', () => {
    expect(planText(42, 91)).toBe('42 s · 91 words');
    expect(planText(0, 1)).toBe('0 s · 1 word');
    expect(planText(0, 0)).toBe('0 s · 0 words');
  });
});
