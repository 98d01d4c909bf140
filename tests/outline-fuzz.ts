import { SMALL_SPEECH } from './small-outline.ts';

// Helpers to break the outline one field at a time (tests/unit/deck/schema.test.ts).

export type Key = string | number;
export type Json = Record<string, unknown> | unknown[];

/** The small outline with every optional field of types.ts filled in somewhere, so that each can be broken. */
export function fullOutline(): Record<string, unknown> {
  const speech = structuredClone(SMALL_SPEECH) as unknown as {
    salutation: { dignitaries: unknown[] };
    sections: { slides: Record<string, unknown>[] }[];
  };
  speech.salutation.dignitaries = [{ name: 'Mr. GUEST', role: 'Chair', roleFirst: true }];
  const [first, diet] = speech.sections;
  if (first?.slides[1] === undefined || diet?.slides[1] === undefined) throw new Error('The small outline changed.');
  first.slides[1]['timeline'] = [{ year: '1992', label: 'The law', detail: 'Enacted' }];
  first.slides[1]['wordBudget'] = { maxWords: 40, reason: 'A test' };
  diet.slides[1]['wordBudget'] = { maxWords: 40, reason: 'A test' };
  Object.assign(diet.slides[1]['recommendation'] as object, {
    continuation: 'and more.',
    paragraphs: ['A paragraph.'],
    headline: 'A headline',
    points: ['A point'],
  });
  return speech;
}

/** Every field (object key) and list item of the outline, by path, whole slides and sections left out. */
export function fieldPaths(value: unknown, path: Key[] = []): Key[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [Key, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => {
    const here = [...path, key];
    const wholeSlide = typeof key === 'number' && ['opening', 'slides', 'sections'].includes(String(path.at(-1)));
    return [...(wholeSlide ? [] : [here]), ...fieldPaths(child, here)];
  });
}

export const generic = (path: readonly Key[]) =>
  path.map((key, index) => (typeof key === 'number' ? '[]' : index === 0 ? key : `.${key}`)).join('');
export const pathText = (path: readonly Key[]) =>
  path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');

/** The fields types.ts marks optional: removing one breaks nothing. */
export const OPTIONAL = new Set([
  'salutation.dignitaries[].role',
  'salutation.dignitaries[].roleFirst',
  'sections[].slides[].points',
  'sections[].slides[].points[].icon',
  'sections[].slides[].timeline',
  'sections[].slides[].timeline[].year',
  'sections[].slides[].timeline[].detail',
  'sections[].slides[].wordBudget',
  'sections[].slides[].recommendation.continuation',
  'sections[].slides[].recommendation.paragraphs',
  'sections[].slides[].recommendation.headline',
  'sections[].slides[].recommendation.points',
]);

/** The slide and field a problem at `path` must name, the outline as it was before the change. */
export function expected(speech: Record<string, unknown>, path: readonly Key[]): { slide: string; field: string } {
  const [top, index, inner, slideIndex] = path;
  const at = (keys: readonly Key[]) => keys.reduce<unknown>((value, key) => (value as Json)[key as never], speech);
  const nameOf = (keys: readonly Key[], renamed: boolean) => {
    if (renamed) return pathText(keys);
    const slide = at(keys) as { id?: string; recommendation?: { series: string; number: number } };
    return slide.id ?? `${slide.recommendation?.series ?? ''}-${slide.recommendation?.number ?? 0}`;
  };
  // A whole list of slides, mistyped or missing: no slide to name, so the speech or the section is named.
  if (path.length === 1 && (top === 'opening' || top === 'sections')) return { slide: 'speech', field: pathText(path) };
  if (top === 'sections' && path.length === 3 && inner === 'slides') {
    return { slide: pathText(path.slice(0, 2)), field: 'slides' };
  }
  if (top === 'opening') return { slide: nameOf(path.slice(0, 2), inner === 'id'), field: pathText(path.slice(2)) };
  if (top === 'sections' && inner === 'slides' && slideIndex !== undefined) {
    const rest = path.slice(4);
    const renamed =
      rest[0] === 'id' || (rest[0] === 'recommendation' && [undefined, 'series', 'number'].includes(rest[1] as string));
    return { slide: nameOf(path.slice(0, 4), renamed), field: pathText(rest) };
  }
  if (top === 'sections')
    return { slide: nameOf(['sections', index ?? 0, 'slides', 0], false), field: pathText(path.slice(2)) };
  if (top === 'titleBlock') return { slide: 'title', field: pathText(path) };
  if (top === 'salutation') return { slide: 'salutation', field: pathText(path) };
  return { slide: 'speech', field: pathText(path) };
}

/** A value of another type than the one in place. */
export function mistyped(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'six';
  if (typeof value === 'boolean') return 'yes';
  return Array.isArray(value) ? 'a list' : 42;
}
