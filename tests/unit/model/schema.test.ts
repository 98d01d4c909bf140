import { describe, expect, it } from 'vitest';
import type { Speech } from '../../../src/model/types.ts';
import { OutlineError, outlineProblems, validateSpeech } from '../../../src/model/validate.ts';
import {
  expected,
  fieldPaths,
  fullOutline,
  generic,
  type Json,
  type Key,
  mistyped,
  OPTIONAL,
  pathText,
} from '../../outline-fuzz.ts';
import { SMALL_SPEECH } from '../../small-outline.ts';

function changed(path: readonly Key[], change: (parent: Json, key: Key) => void): Record<string, unknown> {
  const copy = fullOutline();
  const parent = path.slice(0, -1).reduce<unknown>((value, key) => (value as Json)[key as never], copy) as Json;
  change(parent, path.at(-1) ?? '');
  return copy;
}

/** The outcome of checking a broken outline: its problems, or what it threw other than an OutlineError. */
function problemsOf(broken: unknown) {
  try {
    validateSpeech(broken);
    return [];
  } catch (error) {
    if (!(error instanceof OutlineError)) throw error;
    expect(error.stack).toBe(`OutlineError: ${error.message}`);
    return [...error.problems];
  }
}

const full = fullOutline();
const paths = fieldPaths(full);

describe('the outline schema, fuzzed field by field', () => {
  it('takes the full outline as it is', () => {
    expect(outlineProblems(full)).toEqual([]);
    expect(paths.length).toBeGreaterThan(60);
  });

  it.each(paths.map((path) => [pathText(path), path] as const))(
    '%s mistyped: named once by slide and field, no TypeError',
    (_name, path) => {
      const broken = changed(path, (parent, key) => {
        (parent as Record<Key, unknown>)[key] = mistyped((parent as Record<Key, unknown>)[key]);
      });
      expect(problemsOf(broken)).toEqual([{ ...expected(full, path), message: expect.any(String) as string }]);
    },
  );

  it.each(paths.filter((path) => typeof path.at(-1) === 'string').map((path) => [pathText(path), path] as const))(
    '%s removed: named once as missing, unless optional',
    (_name, path) => {
      const broken = changed(path, (parent, key) => {
        Reflect.deleteProperty(parent, key);
      });
      const problems = problemsOf(broken);
      if (OPTIONAL.has(generic(path))) expect(problems).toEqual([]);
      else expect(problems).toEqual([{ ...expected(full, path), message: 'is missing' }]);
    },
  );
});

describe('the outline schema, on the mistakes of issue 12', () => {
  const diet = (change: (recommendation: Record<string, unknown>) => void) =>
    changed(['sections', 1, 'slides', 2, 'recommendation'], (parent, key) => {
      change((parent as Record<Key, Record<string, unknown>>)[key] ?? {});
    });

  it('names a recommendation without title or headline', () => {
    const broken = diet((recommendation) => {
      delete recommendation['title'];
      recommendation['headline'] = undefined;
    });
    expect(problemsOf(broken)).toEqual([{ slide: 'diet-2', field: 'recommendation.title', message: 'is missing' }]);
  });

  it('says a recommendation numbered 6 is outside 1–5', () => {
    const broken = diet((recommendation) => {
      recommendation['number'] = 6;
    });
    expect(problemsOf(broken)).toEqual([
      { slide: 'diet-6', field: 'recommendation.number', message: 'is 6, outside 1–5: a series is numbered 1 to 5' },
    ]);
  });

  it('names spoken: [42], a missing speaker and a missing title block', () => {
    const spoken = changed(['sections', 0, 'slides', 0, 'spoken'], (parent, key) => {
      (parent as Record<Key, unknown>)[key] = [42];
    });
    expect(problemsOf(spoken)).toEqual([{ slide: 'first', field: 'spoken[0]', message: 'must be text' }]);
    const { titleBlock, ...untitled } = SMALL_SPEECH;
    expect(problemsOf(untitled)).toEqual([{ slide: 'title', field: 'titleBlock', message: 'is missing' }]);
    const { speaker, ...anonymous } = titleBlock;
    expect(speaker).toBeTruthy();
    expect(problemsOf({ ...SMALL_SPEECH, titleBlock: anonymous })).toEqual([
      { slide: 'title', field: 'titleBlock.speaker', message: 'is missing' },
    ]);
  });

  it('names a whole slide that is not one by its place, and an unknown field by its name', () => {
    const broken = changed(['sections', 0, 'slides', 1], (parent, key) => {
      (parent as Record<Key, unknown>)[key] = 42;
    });
    expect(problemsOf(broken)).toEqual([
      { slide: 'sections[0].slides[1]', field: 'kind', message: 'must be "prose" or "recommendation"' },
    ]);
    const typo = changed(['sections', 0, 'slides', 0, 'headlne'], (parent, key) => {
      (parent as Record<Key, unknown>)[key] = 'A typo';
    });
    expect(problemsOf(typo)).toEqual([
      { slide: 'first', field: 'headlne', message: 'is not a field here; check its spelling' },
    ]);
  });

  it('keeps an id such as constructor a plain id, which another slide can repeat', () => {
    const speech = structuredClone(SMALL_SPEECH) as unknown as { sections: { slides: { id?: string }[] }[] };
    const slides = speech.sections[0]?.slides ?? [];
    if (slides[0] === undefined || slides[1] === undefined) throw new Error('The small outline changed.');
    slides[0].id = 'constructor';
    expect(outlineProblems(speech)).toEqual([]);
    slides[1].id = 'constructor';
    expect(outlineProblems(speech as unknown as Speech)).toEqual([
      { slide: 'constructor', field: 'id', message: 'is also the id of slide 4; ids must be unique' },
    ]);
  });
});
