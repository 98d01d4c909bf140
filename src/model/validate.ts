import { isCalendarDate } from './dates.ts';
import { deckSlides, paragraphText, recommendationId, type DeckSlide } from './deck.ts';
import { isIconName, nearestIconName } from './icons.ts';
import { screenText, screenWordLimit, type ScreenText } from './screen.ts';
import { countWords } from './words.ts';
import { OutlineError, type OutlineProblem } from './problems.ts';
import { parseOutline } from './schema.ts';
import { RECOMMENDATION_NUMBERS, SERIES, type Series, type Speech } from './types.ts';

const SLIDE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export { OutlineError, type OutlineProblem } from './problems.ts';

/** About as many words as the speaker view shows at once: a longer passage makes the speaker scroll mid-slide. */
const PASSAGE_WORDS = 250;

type Report = (field: string, message: string) => void;

function checkText(report: Report, field: string, text: string): void {
  if (text.trim() === '') report(field, 'is empty');
  else if (text !== text.trim()) report(field, 'starts or ends with white space');
}

function checkId(report: Report, slide: DeckSlide, seen: Map<string, number>): void {
  if (!SLIDE_ID.test(slide.id)) {
    report('id', 'must be lowercase words joined by hyphens, starting with a letter (it becomes the deep link #/id)');
  }
  const earlier = seen.get(slide.id);
  if (earlier === undefined) seen.set(slide.id, slide.number);
  else report('id', `is also the id of slide ${earlier}; ids must be unique`);
}

function checkNotes(report: Report, slide: DeckSlide): void {
  if (slide.content.kind === 'title') return;
  if (slide.spokenWords === 0) {
    report('spoken', 'has no speaker notes: every slide after the title carries spoken text');
  }
  for (const paragraph of slide.notes) {
    if (paragraph.emphasis === undefined) checkText(report, paragraph.field, paragraph.text);
    else if (paragraphText(paragraph).trim() === '') report(paragraph.field, 'is empty');
  }
}

function checkIcons(report: Report, slide: DeckSlide): void {
  const { content } = slide;
  // Named as `string`: an outline loaded without tsc may hold any name.
  const icons: { field: string; name: string | undefined }[] =
    content.kind === 'prose'
      ? content.points.map((point, index) => ({ field: `points[${index}].icon`, name: point.icon }))
      : content.kind === 'recommendation'
        ? [{ field: 'recommendation.icon', name: content.recommendation.icon }]
        : [];
  for (const { field, name } of icons) {
    if (name === undefined || isIconName(name)) continue;
    const nearest = nearestIconName(name);
    const hint = nearest === undefined ? '' : ` Did you mean "${nearest}"?`;
    report(field, `"${name}" is not a Lucide icon (names as on https://lucide.dev/icons, in PascalCase).${hint}`);
  }
}

/** "headline 80, points 10, section heading 5": the words counted, by field, most first. */
function wordsByField(pieces: readonly ScreenText[]): { field: string; words: number }[] {
  const totals = new Map<string, number>();
  for (const piece of pieces) {
    const field = piece.field.replace(/\[\d+\].*$/, '');
    totals.set(field, (totals.get(field) ?? 0) + countWords(piece.text));
  }
  return [...totals].map(([field, words]) => ({ field, words })).sort((a, b) => b.words - a.words);
}

function checkScreen(report: Report, slide: DeckSlide): void {
  const pieces = screenText(slide);
  // A section heading is reported once, on the slide that opens the section.
  for (const piece of pieces) {
    if (piece.field !== 'heading' || slide.section?.opens) checkText(report, piece.field, piece.text);
  }
  if (slide.wordBudget !== undefined && slide.wordBudget.reason.trim() === '') {
    report('wordBudget.reason', 'an exception to the word budget needs its reason');
  }
  const counted = wordsByField(pieces);
  const words = counted.reduce((sum, field) => sum + field.words, 0);
  const limit = screenWordLimit(slide);
  const largest = counted[0];
  if (words > limit && largest !== undefined) {
    const detail = counted.map(
      (field) => `${field.field === 'heading' ? 'section heading' : field.field} ${field.words}`,
    );
    report(
      largest.field,
      `the slide shows ${words} words on screen (${detail.join(', ')}), over the budget of ${limit}; ` +
        'shorten it, or declare a wordBudget with its reason',
    );
  }
}

function checkSeries(problems: OutlineProblem[], slides: readonly DeckSlide[], series: Series): void {
  const found = slides.flatMap((slide) =>
    slide.content.kind === 'recommendation' && slide.content.recommendation.series === series
      ? [{ id: slide.id, number: slide.content.recommendation.number }]
      : [],
  );
  found.forEach(({ id, number }, index) => {
    const previous = found[index - 1];
    if (previous !== undefined && number < previous.number) {
      problems.push({
        slide: id,
        field: 'recommendation.number',
        message: `comes after ${previous.id}: the "${series}" series is spoken in order, 1 to 5`,
      });
    }
  });
  for (const number of RECOMMENDATION_NUMBERS) {
    if (found.some((recommendation) => recommendation.number === number)) continue;
    const before = found.filter((recommendation) => recommendation.number < number).at(-1)?.id;
    problems.push({
      slide: recommendationId(series, number),
      field: 'recommendation',
      message:
        `is missing: the "${series}" series has ${found.length} of its ${RECOMMENDATION_NUMBERS.length} recommendations` +
        (before === undefined ? '' : `; it belongs after ${before}`),
    });
  }
}

/** The rules a schema cannot state, on an outline of the right shape; each problem names slide and field. */
function ruleProblems(speech: Speech): OutlineProblem[] {
  const problems: OutlineProblem[] = [];
  const slides = deckSlides(speech);
  // A Map, not an object: an id such as `constructor` is a key like any other.
  const seen = new Map<string, number>();
  for (const slide of slides) {
    const name = slide.id || `#${slide.number}`;
    const report: Report = (field, message) => problems.push({ slide: name, field, message });
    checkId(report, slide, seen);
    checkNotes(report, slide);
    checkIcons(report, slide);
    checkScreen(report, slide);
  }
  if (!isCalendarDate(speech.titleBlock.date)) {
    const message = `"${speech.titleBlock.date}" is not a calendar date (YYYY-MM-DD)`;
    problems.push({ slide: 'title', field: 'titleBlock.date', message });
  }
  for (const name of SERIES) checkSeries(problems, slides, name);
  return problems;
}

/**
 * Every problem of an outline loaded without tsc: first its shape (schema.ts), each missing or mistyped field named by
 * slide and field; then, once the shape holds, the rules.
 */
export function outlineProblems(speech: unknown): OutlineProblem[] {
  const parsed = parseOutline(speech);
  // The schema leaves icon names and dates as strings; the rules check them.
  return parsed.ok ? ruleProblems(parsed.output as Speech) : parsed.problems;
}

/** What builds but deserves a look: a passage longer than the speaker view shows at once. */
export function outlineWarnings(speech: Speech): OutlineProblem[] {
  return deckSlides(speech)
    .filter((slide) => slide.spokenWords > PASSAGE_WORDS)
    .map((slide) => ({
      slide: slide.id,
      field: slide.content.kind === 'recommendation' ? 'recommendation.paragraphs' : 'spoken',
      message:
        `is ${slide.spokenWords} words, more than the speaker view shows at once (about ${PASSAGE_WORDS}); ` +
        'the speaker would scroll mid-slide: split the slide',
    }));
}

/** Throws an OutlineError naming every problem, so a broken outline fails the build and the tests alike. */
export function validateSpeech(speech: unknown): Speech {
  const problems = outlineProblems(speech);
  if (problems.length > 0) throw new OutlineError(problems);
  return speech as Speech;
}
