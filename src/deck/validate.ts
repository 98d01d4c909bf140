import { deckSlides, paragraphText, slideId, type DeckSlide } from './deck.ts';
import { isCalendarDate } from './dates.ts';
import { screenText } from './render.ts';
import { countWords } from './timing.ts';
import type { RecommendationNumber, Series, Speech } from './types.ts';

/** On-screen words a slide may show unless its outline declares an exception: the audience reads it at a glance. */
export const SCREEN_WORD_BUDGET = 30;

const SLIDE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SERIES: readonly Series[] = ['diet', 'kyoto'];
const NUMBERS: readonly RecommendationNumber[] = [1, 2, 3, 4, 5];

export interface OutlineProblem {
  /** The slide's id, or its position where it has none yet. */
  readonly slide: string;
  /** Where in the outline, as a path (`recommendation.number`, `spoken[2]`). */
  readonly field: string;
  readonly message: string;
}

export class OutlineError extends Error {
  readonly problems: readonly OutlineProblem[];

  constructor(problems: readonly OutlineProblem[]) {
    super(
      `The speech outline has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems
          .map((problem) => `  - slide "${problem.slide}", field "${problem.field}": ${problem.message}`)
          .join('\n'),
    );
    this.name = 'OutlineError';
    this.problems = problems;
  }
}

function checkText(problems: OutlineProblem[], slide: string, field: string, text: string | undefined): void {
  if (text === undefined) return;
  if (text.trim() === '') problems.push({ slide, field, message: 'is empty' });
  else if (text !== text.trim()) problems.push({ slide, field, message: 'starts or ends with white space' });
}

function checkSlide(problems: OutlineProblem[], slide: DeckSlide, seen: Map<string, number>): void {
  const name = slide.id || `#${slide.number}`;
  if (!SLIDE_ID.test(slide.id)) {
    problems.push({
      slide: name,
      field: 'id',
      message: 'must be lowercase words joined by hyphens, starting with a letter (it becomes the deep link #/id)',
    });
  }
  const earlier = seen.get(slide.id);
  if (earlier !== undefined) {
    problems.push({ slide: name, field: 'id', message: `is also the id of slide ${earlier}; ids must be unique` });
  } else seen.set(slide.id, slide.number);

  if (slide.view.kind !== 'title') {
    if (slide.notes.length === 0 || slide.spokenWords === 0) {
      problems.push({
        slide: name,
        field: 'spoken',
        message: 'has no speaker notes: every slide after the title carries spoken text',
      });
    }
    slide.notes.forEach((paragraph, index) => {
      if (paragraph.emphasis === undefined) checkText(problems, name, `spoken[${index}]`, paragraph.text);
      else if (paragraphText(paragraph).trim() === '')
        problems.push({ slide: name, field: `spoken[${index}]`, message: 'is empty' });
    });
  }

  const screen = screenText(slide);
  screen.forEach((text, index) => {
    checkText(problems, name, `screen[${index}]`, text);
  });
  const words = countWords(screen.join(' '));
  const budget = slide.wordBudget;
  if (budget !== undefined && budget.reason.trim() === '') {
    problems.push({
      slide: name,
      field: 'wordBudget.reason',
      message: 'an exception to the word budget needs its reason',
    });
  }
  const limit = budget?.maxWords ?? SCREEN_WORD_BUDGET;
  if (words > limit) {
    problems.push({
      slide: name,
      field: 'headline',
      message: `shows ${words} words on screen, over the budget of ${limit}; shorten it, or declare a wordBudget with its reason`,
    });
  }
}

function checkRecommendations(problems: OutlineProblem[], slides: readonly DeckSlide[]): void {
  for (const series of SERIES) {
    const numbers = slides.flatMap((slide) =>
      slide.view.kind === 'recommendation' && slide.view.recommendation.series === series
        ? [{ id: slide.id, number: slide.view.recommendation.number }]
        : [],
    );
    numbers.forEach(({ id, number }, index) => {
      const expected = NUMBERS[index];
      if (number !== expected) {
        problems.push({
          slide: id,
          field: 'recommendation.number',
          message: `is ${number} where ${expected ?? 'no further recommendation'} comes next in the "${series}" series (numbered 1 to 5, in order)`,
        });
      }
    });
    for (const number of NUMBERS.slice(numbers.length)) {
      problems.push({
        slide: `${series}-${number}`,
        field: 'recommendation',
        message: `is missing: the "${series}" series has ${numbers.length} of its ${NUMBERS.length} recommendations`,
      });
    }
  }
}

/** What the types cannot catch. Returns every problem found, each naming its slide and field. */
export function outlineProblems(speech: Speech): OutlineProblem[] {
  const problems: OutlineProblem[] = [];
  const slides = deckSlides(speech);
  const seen = new Map<string, number>();
  for (const slide of slides) checkSlide(problems, slide, seen);
  speech.sections.forEach((section) => {
    checkText(problems, slideId(section.slides[0]), 'heading', section.heading);
  });
  if (!isCalendarDate(speech.titleBlock.date)) {
    problems.push({
      slide: 'title',
      field: 'titleBlock.date',
      message: `"${speech.titleBlock.date}" is not a calendar date (YYYY-MM-DD)`,
    });
  }
  checkRecommendations(problems, slides);
  return problems;
}

/** Throws an OutlineError naming every problem, so a broken outline fails the build and the tests alike. */
export function validateSpeech(speech: Speech): Speech {
  const problems = outlineProblems(speech);
  if (problems.length > 0) throw new OutlineError(problems);
  return speech;
}
