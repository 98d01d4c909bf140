import { describe, expect, it } from 'vitest';
import { speech } from '../../slides/speech.ts';
import type { ProseSlide, Recommendation, Section, Slide, Speech } from '../../src/deck/types.ts';
import { OutlineError, outlineProblems, validateSpeech } from '../../src/deck/validate.ts';

/** The real outline with one section's slides changed, so each test breaks exactly one thing. */
function withSlides(heading: string, change: (slides: readonly Slide[]) => Slide[]): Speech {
  const sections = speech.sections.map((section): Section => {
    if (section.heading !== heading) return section;
    const [first, ...rest] = change(section.slides);
    if (first === undefined) throw new Error('A section needs a slide.');
    return { ...section, slides: [first, ...rest] };
  });
  const [first, ...rest] = sections;
  if (first === undefined) throw new Error('The speech needs a section.');
  return { ...speech, sections: [first, ...rest] };
}

const CONTRIBUTIONS = "Increasing Japan's Contributions";
const CHALLENGES = 'Current Challenges of UN Peacekeeping';

function changeRecommendation(
  id: string,
  change: (recommendation: Recommendation) => Recommendation | undefined,
): Speech {
  return withSlides(CONTRIBUTIONS, (slides) =>
    slides.flatMap((slide) => {
      if (slide.kind !== 'recommendation' || `${slide.recommendation.series}-${slide.recommendation.number}` !== id)
        return [slide];
      const recommendation = change(slide.recommendation);
      return recommendation === undefined ? [] : [{ ...slide, recommendation }];
    }),
  );
}

function changeProse(id: string, change: (slide: ProseSlide) => ProseSlide): Speech {
  const heading = speech.sections.find((section) =>
    section.slides.some((slide) => slide.kind === 'prose' && slide.id === id),
  )?.heading;
  if (heading === undefined) throw new Error(`No prose slide ${id} in the outline.`);
  return withSlides(heading, (slides) =>
    slides.map((slide) => (slide.kind === 'prose' && slide.id === id ? change(slide) : slide)),
  );
}

function expectProblem(broken: Speech, slide: string, field: string, message: RegExp): void {
  const problem = outlineProblems(broken).find((candidate) => candidate.slide === slide && candidate.field === field);
  expect(problem?.message).toMatch(message);
  expect(() => validateSpeech(broken)).toThrow(OutlineError);
  expect(() => validateSpeech(broken)).toThrow(`slide "${slide}", field "${field}"`);
}

describe('validation of the outline', () => {
  it('accepts the real outline', () => {
    expect(validateSpeech(speech)).toBe(speech);
  });

  it('rejects a duplicate slide id, naming the slide that repeats it', () => {
    expectProblem(
      changeProse('ukraine', (slide) => ({ ...slide, id: 'challenges' })),
      'challenges',
      'id',
      /also the id of slide \d+/,
    );
  });

  it('rejects an id that cannot be a deep link', () => {
    expectProblem(
      changeProse('ukraine', (slide) => ({ ...slide, id: 'Ukraine War' })),
      'Ukraine War',
      'id',
      /lowercase words joined by hyphens/,
    );
  });

  it('rejects a slide with no speaker notes', () => {
    expectProblem(
      changeProse('ukraine', (slide) => ({ ...slide, spoken: [' '] })),
      'ukraine',
      'spoken[0]',
      /is empty/,
    );
  });

  it("rejects a gap in a series' numbering", () => {
    expectProblem(
      changeRecommendation('diet-3', (recommendation) => ({ ...recommendation, number: 4 })),
      'diet-4',
      'recommendation.number',
      /is 4 where 3 comes next in the "diet" series/,
    );
  });

  it('rejects a missing recommendation', () => {
    expectProblem(
      changeRecommendation('kyoto-5', () => undefined),
      'kyoto-5',
      'recommendation',
      /is missing: the "kyoto" series has 4 of its 5/,
    );
  });

  it('rejects on-screen text over the word budget, and accepts it with a declared exception', () => {
    const long =
      'A headline that says far too much for an audience to take in at a single glance while the speaker talks on';
    const points = Array.from({ length: 4 }, () => ({ text: 'Six more words on the screen' }));
    const over = changeProse('ukraine', (slide) => ({ ...slide, headline: long, points }));
    expectProblem(over, 'ukraine', 'headline', /shows \d+ words on screen, over the budget of 30/);
    const excused = changeProse('ukraine', (slide) => ({
      ...slide,
      headline: long,
      points,
      wordBudget: { maxWords: 60, reason: 'A test of exceptions' },
    }));
    expect(outlineProblems(excused)).toEqual([]);
  });

  it('rejects an exception to the word budget that gives no reason', () => {
    expectProblem(
      changeProse('ukraine', (slide) => ({ ...slide, wordBudget: { maxWords: 50, reason: '' } })),
      'ukraine',
      'wordBudget.reason',
      /needs its reason/,
    );
  });

  it("rejects an empty section heading, naming the section's first slide", () => {
    const broken = withSlides(CHALLENGES, (slides) => [...slides]);
    const sections = broken.sections.map((section) =>
      section.heading === CHALLENGES ? { ...section, heading: '' } : section,
    );
    const [first, ...rest] = sections;
    if (first === undefined) throw new Error('unreachable');
    expectProblem({ ...broken, sections: [first, ...rest] }, 'challenges', 'heading', /is empty/);
  });

  it('rejects a date that is not a calendar date', () => {
    expectProblem(
      { ...speech, titleBlock: { ...speech.titleBlock, date: '2022-02-30' } },
      'title',
      'titleBlock.date',
      /not a calendar date/,
    );
  });

  it('reports every problem at once', () => {
    const broken = changeRecommendation('kyoto-5', () => undefined);
    const worse = { ...broken, titleBlock: { ...broken.titleBlock, date: '2022-13-45' as const } };
    expect(outlineProblems(worse)).toHaveLength(2);
  });
});
