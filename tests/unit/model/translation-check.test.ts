import { describe, expect, it } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import { translation as ja } from '../../../slides/translations/ja.ts';
import { deckSlides, paragraphText } from '../../../src/model/deck.ts';
import { TranslationError, translationProblems, validateTranslation } from '../../../src/model/translation-check.ts';
import { translatedNotes } from '../../../src/model/translated-slides.ts';

/** Each problem as one line: slide, field and message. */
const lines = (input: unknown) =>
  translationProblems(speech, input).map((problem) => `${problem.slide} ${problem.field}: ${problem.message}`);

/** An object without one of its keys. */
const without = (object: object, key: string) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

/** The Japanese with one slide's texts changed. */
function withSlide(id: keyof typeof ja.slides, change: (texts: Record<string, unknown>) => Record<string, unknown>) {
  return { ...ja, slides: { ...ja.slides, [id]: change({ ...ja.slides[id] }) } };
}

describe('the Japanese translation', () => {
  it('translates every text of the outline, and only those', () => {
    expect(translationProblems(speech, ja)).toEqual([]);
    expect(validateTranslation(speech, ja, 'ja.ts')).toBe(ja);
  });

  it('has a Japanese paragraph for every English one, slide by slide', () => {
    for (const slide of deckSlides(speech)) {
      const japanese = translatedNotes(slide, ja);
      expect(japanese, slide.id).toHaveLength(slide.notes.length);
      for (const paragraph of japanese) expect(paragraphText(paragraph).trim(), slide.id).not.toBe('');
    }
  });

  it('keeps every number and date of each English paragraph in its Japanese one', () => {
    for (const slide of deckSlides(speech)) {
      const japanese = translatedNotes(slide, ja);
      slide.notes.forEach((paragraph, index) => {
        const translated = paragraphText(japanese[index] ?? { text: '', field: '' });
        for (const number of paragraphText(paragraph).match(/\d+/g) ?? []) {
          expect(translated, `${slide.id} ${paragraph.field}`).toMatch(new RegExp(`(?<!\\d)${number}(?!\\d)`));
        }
      });
    }
  });

  it('names the slide and field of a missing paragraph', () => {
    const broken = withSlide('collective-action', (texts) => ({
      ...texts,
      spoken: ja.slides['collective-action'].spoken.slice(0, 2),
    }));
    expect(lines(broken)).toEqual([expect.stringMatching(/^collective-action spoken\[2\]: has no translation/)]);
    expect(() => validateTranslation(speech, broken, 'ja.ts')).toThrow(TranslationError);
    expect(() => validateTranslation(speech, broken, 'ja.ts')).toThrow('slide "collective-action", field "spoken[2]"');
  });

  it('names a stray paragraph, a stray slide, a missing heading and a missing title-block line', () => {
    const stray = withSlide('thanks', (texts) => ({
      ...texts,
      spoken: [...ja.slides.thanks.spoken, '余分な段落です。'],
    }));
    expect(lines(stray)).toEqual(['thanks spoken[1]: translates a text that the outline does not have; remove it']);
    const straySlide = {
      ...ja,
      slides: { ...ja.slides, farewell: { headline: 'さようなら', spoken: ['さようなら。'] } },
    };
    expect(lines(straySlide)).toEqual([
      'farewell (slide): translates a slide that the outline does not have; remove it',
    ]);
    const noHeading = { ...ja, headings: ja.headings.slice(0, 3) };
    expect(lines(noHeading)).toEqual(['conclusion headings[3]: has no translation; translate "Conclusion"']);
    const titleBlock = without(ja.titleBlock, 'venue');
    expect(translationProblems(speech, { ...ja, titleBlock }).map((problem) => problem.field)).toEqual([
      'titleBlock.venue',
    ]);
  });

  it('names a missing point, a recommendation without its continuation, and a lost number', () => {
    const point = withSlide('success', (texts) => ({ ...texts, points: ja.slides.success.points.slice(1) }));
    expect(translationProblems(speech, point).map((p) => `${p.slide} ${p.field}`)).toEqual(['success points[3]']);
    const continuation = { ...ja, slides: { ...ja.slides, 'diet-3': without(ja.slides['diet-3'], 'continuation') } };
    expect(translationProblems(speech, continuation).map((p) => `${p.slide} ${p.field}`)).toEqual([
      'diet-3 recommendation.continuation',
    ]);
    const number = withSlide('kyoto-5', (texts) => ({ ...texts, paragraphs: ['日本の要員は長年にわたり模範です。'] }));
    expect(lines(number)).toEqual([
      'kyoto-5 recommendation.paragraphs[0]: lacks 30, which the English states; keep every number',
    ]);
  });

  it('refuses what is not a translation at all, by path', () => {
    expect(translationProblems(speech, { ...ja, headings: 'none' })[0]).toMatchObject({ field: 'headings' });
  });
});
