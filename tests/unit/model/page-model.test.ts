import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import { translation as ja } from '../../../slides/translations/ja.ts';
import { deckModel, spokenText } from '../../../src/model/deck.ts';
import {
  PAGE_MODEL_ID,
  pageModel,
  PageModelSchema,
  renderPageModel,
  type PageModel,
} from '../../../src/model/page-model.ts';
import { withTranslation } from '../../../src/model/translated-slides.ts';
import { spokenWords } from '../../../src/model/words.ts';
import { prose, SMALL_SPEECH } from '../../small-outline.ts';

const deck = deckModel(speech);
const model = pageModel(deck, { paragraphs: 'words', translation: 'headlines' });

/** The model as a page carries it, read back as the browser does. */
function readBack(markup: string): unknown {
  const json = new RegExp(`^<script type="application/json" id="${PAGE_MODEL_ID}">([^<]*)</script>$`).exec(markup);
  if (json === null) throw new Error(`not one JSON data block: ${markup.slice(0, 80)}`);
  return JSON.parse(json[1] ?? '');
}

const problems = (input: unknown) =>
  v.safeParse(PageModelSchema, input).issues?.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`);

describe('the page model', () => {
  it('parses with the schema the browser uses, as the page carries it', () => {
    expect(problems(readBack(renderPageModel(model)))).toBeUndefined();
    expect(v.parse(PageModelSchema, readBack(renderPageModel(model)))).toEqual(model);
  });

  it('carries each slide of the deck in order, with its headline, section and plan', () => {
    expect(model.slides.map((slide) => slide.id)).toEqual(deck.slides.map((slide) => slide.id));
    deck.slides.forEach((slide, index) => {
      expect(model.slides[index]).toMatchObject({
        number: slide.number,
        headline: slide.headline,
        bookmark: slide.bookmark.title,
        seconds: slide.timing,
        words: slide.spokenWords,
      });
      expect(model.slides[index]?.section?.heading).toBe(slide.section?.heading);
    });
    expect(model.totalSeconds).toBe(deck.totalSeconds);
    expect(model.sections).toEqual(deck.sections);
  });

  it("places each slide in the PDF's bookmarks, and the section where it opens, as the deck model decided", () => {
    const levels = model.slides.map((slide) => slide.bookmarkLevel);
    // The title at the top, each slide under its section, each recommendation under the slide before its series.
    deck.slides.forEach((slide, index) => {
      expect(levels[index], slide.id).toBe(slide.content.kind === 'recommendation' ? 3 : index === 0 ? 1 : 2);
      expect(model.slides[index]?.section?.opens, slide.id).toBe(slide.section?.opens);
      if (slide.section?.opens) expect(model.slides[index]?.section?.bookmarkLevel, slide.id).toBe(1);
    });
  });

  it("holds the speech's spoken words in order, each paragraph's first word counted from 0 across the speech", () => {
    const words = model.slides.flatMap((slide) =>
      (slide.paragraphs ?? []).flatMap((paragraph) => paragraph.words ?? []),
    );
    expect(words).toEqual(spokenWords(spokenText(deck.slides)));
    expect(model.totalWords).toBe(words.length);
    for (const slide of model.slides) {
      for (const paragraph of slide.paragraphs ?? []) {
        const count = paragraph.words?.length ?? 0;
        expect(words.slice(paragraph.firstWord, paragraph.firstWord + count)).toEqual(paragraph.words);
      }
      expect(slide.paragraphs?.[0]?.firstWord ?? slide.firstWord).toBe(slide.firstWord);
    }
  });

  it('gives every paragraph a stable id: its slide and place, unique in the speech', () => {
    const ids = model.slides.flatMap((slide) => (slide.paragraphs ?? []).map((paragraph) => paragraph.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(model.slides.find((slide) => slide.id === 'diet-1')?.paragraphs?.map((paragraph) => paragraph.id)).toEqual(
      deck.slides.find((slide) => slide.id === 'diet-1')?.notes.map((_, index) => `diet-1.${index + 1}`),
    );
  });

  it('counts a passage with a lone dash as the plan does: the dash is not a word', () => {
    const dashed = deckModel({
      ...SMALL_SPEECH,
      opening: [prose('dashes', { spoken: ['Peace – and urgency – matter.'] })],
    });
    const slide = pageModel(dashed, { paragraphs: 'words' }).slides.find((each) => each.id === 'dashes');
    expect(slide?.paragraphs?.[0]?.words).toEqual(['Peace', 'and', 'urgency', 'matter.']);
    expect(slide?.words).toBe(dashed.slides.find((each) => each.id === 'dashes')?.spokenWords);
    expect(slide?.words).toBe(4);
  });

  it('carries the joined translation: every headline, and the paragraphs where the page shows them', () => {
    const translated = withTranslation(deck, ja);
    expect(pageModel(translated).translation).toBeUndefined();
    expect(pageModel(translated).slides.every((slide) => slide.translation === undefined)).toBe(true);
    const headlines = pageModel(translated, { translation: 'headlines' });
    expect(headlines.translation).toEqual({ lang: ja.lang, name: ja.name, label: ja.label });
    expect(headlines.slides.every((slide) => slide.translation?.paragraphs === undefined)).toBe(true);
    const full = pageModel(translated, { paragraphs: 'ids', translation: 'texts' });
    for (const [index, slide] of full.slides.entries()) {
      expect(slide.translation?.headline, slide.id).toBe(translated.slides[index]?.translated?.headline);
      expect(slide.translation?.paragraphs, slide.id).toHaveLength(slide.paragraphs?.length ?? -1);
    }
    expect(problems(readBack(renderPageModel(full)))).toBeUndefined();
  });

  it('keeps outline text inside its element: no text can close the script or open a comment', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const edited: PageModel = { ...model, sections: [hostile, ...model.sections.slice(1)] };
    const markup = renderPageModel(edited);
    expect(markup.match(/</g)).toHaveLength(2);
    expect(v.parse(PageModelSchema, readBack(markup)).sections[0]).toBe(hostile);
  });

  it('leaves out the paragraphs, or their words, where the page reads none, and still adds up', () => {
    expect(pageModel(deck).slides.every((slide) => slide.paragraphs === undefined)).toBe(true);
    expect(problems(pageModel(deck))).toBeUndefined();
    const light = pageModel(deck, { paragraphs: 'ids' });
    expect(light.slides.every((slide) => slide.paragraphs?.every((paragraph) => !('words' in paragraph)))).toBe(true);
    expect(problems(light)).toBeUndefined();
    const later = (slide: PageModel['slides'][number]) =>
      slide.paragraphs?.map((paragraph) => ({ ...paragraph, firstWord: paragraph.firstWord + 1 }));
    const moved = light.slides.map((slide, index) => (index === 4 ? { ...slide, paragraphs: later(slide) } : slide));
    expect(problems({ ...light, slides: moved })).toHaveLength(1);
  });

  it('refuses a model whose figures were changed, by the path of what is wrong', () => {
    const slide = model.slides[3];
    if (slide === undefined) throw new Error('no fourth slide');
    const withSlide = (changed: object) => ({
      ...model,
      slides: model.slides.map((each, index) => (index === 3 ? { ...each, ...changed } : each)),
    });
    expect(problems(withSlide({ seconds: slide.seconds + 5 }))).toEqual([
      ': the slides, their paragraphs and the totals do not add up',
    ]);
    expect(problems(withSlide({ words: slide.words + 1 }))).toHaveLength(1);
    expect(problems(withSlide({ seconds: -1 }))?.[0]).toMatch(/^slides\.3\.seconds: /);
    expect(problems(withSlide({ seconds: '42' }))?.[0]).toMatch(/^slides\.3\.seconds: /);
    expect(problems(withSlide({ id: 'Not An Id' }))?.[0]).toMatch(/^slides\.3\.id: /);
    expect(problems(withSlide({ extra: true }))?.[0]).toMatch(/^slides\.3\.extra: /);
    expect(problems({ ...model, totalWords: model.totalWords - 1 })).toHaveLength(1);
    expect(problems({ ...model, slides: [] })?.[0]).toMatch(/^slides: /);
    expect(problems(null)).toHaveLength(1);
  });
});
