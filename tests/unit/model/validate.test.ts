import { describe, expect, it } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import { recommendationId } from '../../../src/model/deck.ts';
import type { Section, Slide, Speech } from '../../../src/model/types.ts';
import { OutlineError, outlineProblems, validateSpeech } from '../../../src/model/validate.ts';
import { prose, recommendation, SMALL_SPEECH } from '../../small-outline.ts';

/** The small outline with one section's slides replaced. */
function withSection(heading: string, change: (slides: readonly Slide[]) => Slide[]): Speech {
  const sections = SMALL_SPEECH.sections.map((section): Section => {
    if (section.heading !== heading) return section;
    const [first, ...rest] = change(section.slides);
    if (first === undefined) throw new Error('A section needs a slide.');
    return { ...section, slides: [first, ...rest] };
  });
  const [first, ...rest] = sections;
  if (first === undefined) throw new Error('The speech needs a section.');
  return { ...SMALL_SPEECH, sections: [first, ...rest] };
}

/** The small outline with one slide of the first section changed. */
const withSlide = (id: string, slide: Slide) =>
  withSection('First Things', (slides) => slides.map((old) => (old.kind === 'prose' && old.id === id ? slide : old)));

/** The one problem a mistake makes: its slide, field and message, and the error that the build would throw. */
function onlyProblem(broken: Speech): { slide: string; field: string; message: string } {
  const problems = outlineProblems(broken);
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  if (problem === undefined) throw new Error('unreachable');
  expect(() => validateSpeech(broken)).toThrow(OutlineError);
  expect(() => validateSpeech(broken)).toThrow(`slide "${problem.slide}", field "${problem.field}"`);
  return problem;
}

describe('validation of the outline', () => {
  it('accepts a sound outline, and the real one', () => {
    expect(outlineProblems(SMALL_SPEECH)).toEqual([]);
    expect(validateSpeech(speech)).toBe(speech);
  });

  it('rejects a duplicate slide id, naming the slide that repeats it', () => {
    expect(onlyProblem(withSlide('second', prose('first')))).toEqual({
      slide: 'first',
      field: 'id',
      message: expect.stringMatching(/is also the id of slide 4; ids must be unique/) as string,
    });
  });

  it('rejects an id that cannot be a deep link', () => {
    expect(onlyProblem(withSlide('second', prose('Second Slide')))).toMatchObject({
      slide: 'Second Slide',
      field: 'id',
      message: expect.stringMatching(/lowercase words joined by hyphens/) as string,
    });
  });

  it('rejects empty speaker notes, naming the paragraph', () => {
    const broken = withSlide('second', prose('second', { spoken: ['We speak.', ' '] }));
    expect(onlyProblem(broken)).toMatchObject({ slide: 'second', field: 'spoken[1]', message: 'is empty' });
  });

  it('rejects a misspelt icon on a point, and suggests the icon meant', () => {
    const broken = withSlide('second', prose('second', { points: [{ text: 'A point', icon: 'Radr' as 'Radar' }] }));
    expect(onlyProblem(broken)).toMatchObject({
      slide: 'second',
      field: 'points[0].icon',
      message: expect.stringMatching(/"Radr" is not a Lucide icon .*Did you mean "Radar"\?/) as string,
    });
  });

  it("rejects a misspelt recommendation's icon", () => {
    const broken = withSection('To the Diet', (slides) =>
      slides.map((slide) =>
        slide.kind === 'recommendation' && slide.recommendation.number === 2
          ? recommendation('diet', 2, { icon: 'Pakcage' as 'Package' })
          : slide,
      ),
    );
    expect(onlyProblem(broken)).toMatchObject({
      slide: 'diet-2',
      field: 'recommendation.icon',
      message: expect.stringMatching(/"Pakcage" is not a Lucide icon/) as string,
    });
  });

  it('names a removed recommendation, and blames no other', () => {
    const broken = withSection('To the Diet', (slides) =>
      slides.filter((slide) => slide.kind !== 'recommendation' || slide.recommendation.number !== 3),
    );
    expect(onlyProblem(broken)).toEqual({
      slide: recommendationId('diet', 3),
      field: 'recommendation',
      message: 'is missing: the "diet" series has 4 of its 5 recommendations; it belongs after diet-2',
    });
  });

  it('rejects recommendations out of order', () => {
    const broken = withSection('In Kyoto', (slides) => {
      const [opener, one, two, ...rest] = slides;
      if (opener === undefined || one === undefined || two === undefined) throw new Error('unreachable');
      return [opener, two, one, ...rest];
    });
    expect(onlyProblem(broken)).toMatchObject({
      slide: 'kyoto-1',
      field: 'recommendation.number',
      message: 'comes after kyoto-2: the "kyoto" series is spoken in order, 1 to 5',
    });
  });

  it('rejects a number or a series that only the types forbid (the build runs without tsc)', () => {
    const sixth = withSection('To the Diet', (slides) => [...slides, recommendation('diet', 6 as 5)]);
    expect(onlyProblem(sixth)).toMatchObject({ slide: 'diet-6', field: 'recommendation.number' });
    const tokyo = withSection('In Kyoto', (slides) => [...slides, recommendation('tokyo' as 'kyoto', 1)]);
    expect(onlyProblem(tokyo)).toMatchObject({
      slide: 'tokyo-1',
      field: 'recommendation.series',
      message: 'must be one of "diet", "kyoto"',
    });
  });

  it('rejects a slide over the word budget, saying which words count', () => {
    const headline = Array.from({ length: 28 }, (_, index) => `word${index}`).join(' ');
    const points = [{ text: 'three more words' }];
    const broken = withSlide('second', prose('second', { headline, points }));
    expect(onlyProblem(broken)).toEqual({
      slide: 'second',
      field: 'headline',
      message:
        'the slide shows 33 words on screen (headline 28, points 3, section heading 2), over the budget of 30; ' +
        'shorten it, or declare a wordBudget with its reason',
    });
    const excused = withSlide(
      'second',
      prose('second', { headline, points, wordBudget: { maxWords: 35, reason: 'A test' } }),
    );
    expect(outlineProblems(excused)).toEqual([]);
  });

  it('rejects an exception to the word budget that gives no reason', () => {
    const broken = withSlide('second', prose('second', { wordBudget: { maxWords: 50, reason: ' ' } }));
    expect(onlyProblem(broken)).toMatchObject({ slide: 'second', field: 'wordBudget.reason' });
  });

  it("rejects an empty section heading once, on the section's first slide", () => {
    const [first, ...rest] = SMALL_SPEECH.sections;
    const broken: Speech = { ...SMALL_SPEECH, sections: [{ ...first, heading: '' }, ...rest] };
    expect(onlyProblem(broken)).toEqual({ slide: 'first', field: 'heading', message: 'is empty' });
  });

  it('rejects a date that is not a calendar date', () => {
    const broken: Speech = { ...SMALL_SPEECH, titleBlock: { ...SMALL_SPEECH.titleBlock, date: '2022-02-30' } };
    expect(onlyProblem(broken)).toMatchObject({ slide: 'title', field: 'titleBlock.date' });
  });

  it('reports every problem at once, one a line, without a stack', () => {
    const broken = withSlide('second', prose('second', { spoken: [''] }));
    const worse: Speech = { ...broken, titleBlock: { ...broken.titleBlock, date: '2022-13-45' } };
    expect(outlineProblems(worse)).toEqual([
      { slide: 'title', field: 'titleBlock.date', message: 'is not a date written YYYY-MM-DD' },
      { slide: 'second', field: 'spoken[0]', message: 'is empty' },
    ]);
    const error = new OutlineError(outlineProblems(worse));
    expect(error.message.split('\n')).toHaveLength(3);
    expect(error.stack).toBe(`OutlineError: ${error.message}`);
  });
});
