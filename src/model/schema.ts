import * as v from 'valibot';
import { recommendationId } from './deck.ts';
import type { OutlineProblem } from './problems.ts';
import { RECOMMENDATION_NUMBERS, SERIES, type Series } from './types.ts';

// The outline's shape, field by field as in types.ts: what tsc would catch, checked again because the build loads the
// outline without tsc. Icon names, ids, dates on the calendar, series order and budgets are rules (validate.ts).

const text = () => v.pipe(v.string('must be text'), v.nonEmpty('is empty'));
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'must be a list');
const nonEmptyList = <T extends v.GenericSchema>(item: T) => v.pipe(list(item), v.nonEmpty('needs at least one'));
const first = RECOMMENDATION_NUMBERS[0];
const last = RECOMMENDATION_NUMBERS[RECOMMENDATION_NUMBERS.length - 1] ?? first;

const WordBudget = v.strictObject({
  maxWords: v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(1, 'must be 1 or more'),
  ),
  reason: v.string('must be text'),
});

const ProseSlide = v.strictObject({
  kind: v.literal('prose'),
  id: v.string('must be text'),
  wordBudget: v.optional(WordBudget),
  headline: text(),
  points: v.optional(list(v.strictObject({ text: text(), icon: v.optional(v.string('must be text')) }))),
  timeline: v.optional(list(v.strictObject({ year: v.optional(text()), label: text(), detail: v.optional(text()) }))),
  spoken: nonEmptyList(text()),
});

const Recommendation = v.strictObject({
  series: v.picklist(SERIES, `must be one of ${SERIES.map((name) => `"${name}"`).join(', ')}`),
  number: v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(
      first,
      (issue) => `is ${issue.received}, outside ${first}–${last}: a series is numbered ${first} to ${last}`,
    ),
    v.maxValue(
      last,
      (issue) => `is ${issue.received}, outside ${first}–${last}: a series is numbered ${first} to ${last}`,
    ),
  ),
  title: text(),
  continuation: v.optional(text()),
  paragraphs: v.optional(list(text())),
  icon: v.string('must be text'),
  headline: v.optional(text()),
  points: v.optional(list(text())),
});

const Slide = v.variant(
  'kind',
  [
    ProseSlide,
    v.strictObject({
      kind: v.literal('recommendation'),
      recommendation: Recommendation,
      wordBudget: v.optional(WordBudget),
    }),
  ],
  'must be "prose" or "recommendation"',
);

const SpeechSchema = v.strictObject({
  titleBlock: v.strictObject({
    kind: text(),
    speaker: text(),
    speakerRole: text(),
    audience: text(),
    venue: text(),
    date: v.pipe(v.string('must be text'), v.isoDate('is not a date written YYYY-MM-DD')),
  }),
  salutation: v.strictObject({
    id: v.string('must be text'),
    dignitaries: nonEmptyList(
      v.strictObject({
        name: text(),
        role: v.optional(text()),
        roleFirst: v.optional(v.boolean('must be true or false')),
      }),
    ),
    closing: text(),
  }),
  opening: nonEmptyList(ProseSlide),
  sections: nonEmptyList(v.strictObject({ heading: text(), slides: nonEmptyList(Slide) })),
  series: v.strictObject(Object.fromEntries(SERIES.map((name) => [name, v.strictObject({ label: text() })]))),
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A slide as its messages name it: by id, by series and number, else by its place in the outline. */
function slideName(slide: unknown, place: string): string {
  if (!isRecord(slide)) return place;
  if (typeof slide['id'] === 'string' && slide['id'] !== '') return slide['id'];
  const recommendation = slide['recommendation'];
  if (!isRecord(recommendation)) return place;
  const { series, number } = recommendation;
  return typeof series === 'string' && typeof number === 'number'
    ? recommendationId(series as Series, number) // an unknown series still names its slide: tokyo-1
    : place;
}

const pathText = (keys: readonly (string | number)[]) =>
  keys.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');

/** Where an issue is: its slide (a section's heading belongs to its first slide) and the field within it. */
function place(issue: v.BaseIssue<unknown>, speech: unknown): { slide: string; field: string } {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const [top, index, inner, slideIndex] = keys;
  const sections = isRecord(speech) && Array.isArray(speech['sections']) ? (speech['sections'] as unknown[]) : [];
  const section: unknown = typeof index === 'number' ? sections[index] : undefined;
  const slides = isRecord(section) && Array.isArray(section['slides']) ? (section['slides'] as unknown[]) : [];
  if (top === 'sections' && inner === 'slides' && typeof slideIndex === 'number') {
    const field = pathText(keys.slice(4));
    return { slide: slideName(slides[slideIndex], pathText(keys.slice(0, 4))), field: field || 'kind' };
  }
  if (top === 'sections' && typeof index === 'number') {
    return { slide: slideName(slides[0], pathText(keys.slice(0, 2))), field: pathText(keys.slice(2)) || 'section' };
  }
  if (top === 'opening' && typeof index === 'number') {
    const opening = isRecord(speech) && Array.isArray(speech['opening']) ? (speech['opening'] as unknown[]) : [];
    return { slide: slideName(opening[index], pathText(keys.slice(0, 2))), field: pathText(keys.slice(2)) || 'kind' };
  }
  const salutation = isRecord(speech) ? speech['salutation'] : undefined;
  if (top === 'salutation') return { slide: slideName(salutation, 'salutation'), field: pathText(keys) };
  return { slide: top === 'titleBlock' ? 'title' : 'speech', field: pathText(keys) || 'speech' };
}

/** What a missing or unknown field says, in place of valibot's general message. */
function message(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a field here; check its spelling';
  if (issue.received === 'undefined') return 'is missing';
  return issue.message;
}

/** The outline parsed against its shape, or every problem, each named by slide and field, once. */
export function parseOutline(
  speech: unknown,
): { ok: true; output: unknown } | { ok: false; problems: OutlineProblem[] } {
  const result = v.safeParse(SpeechSchema, speech, { abortEarly: false });
  if (result.success) return { ok: true, output: result.output };
  const problems = new Map<string, OutlineProblem>();
  for (const issue of result.issues) {
    const where = place(issue, speech);
    const key = `${where.slide}\n${where.field}`;
    if (!problems.has(key)) problems.set(key, { ...where, message: message(issue) });
  }
  return { ok: false, problems: [...problems.values()] };
}
