import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { arrive, NEW_TALK, pause } from '../../../../../src/client/speaker/state/clock.ts';
import { storedHeld, storedSettings, storedTalk } from '../../../../../src/client/speaker/state/storage-schemas.ts';

const NOW = Date.UTC(2022, 4, 19, 0, 30);
const HOUR = 3_600_000;
const valid = <T>(schema: v.GenericSchema<unknown, T>, value: unknown) => v.safeParse(schema, value).success;
/** What storage gives back: the value as JSON text, parsed. */
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('stored talk', () => {
  const talk = arrive(arrive(NEW_TALK, NOW - HOUR, 0, 'title'), NOW - HOUR, 1, 'constructor');
  const later = arrive(talk, NOW - HOUR / 2, 2, 'japan');

  it('reads back what the clock saved, id-keyed records without a prototype', () => {
    const parsed = v.parse(storedTalk(NOW), roundTrip(later));
    expect(parsed).toEqual(later);
    expect(Object.getPrototypeOf(parsed.spent)).toBeNull();
    expect(parsed.spent.constructor).toBe(HOUR / 2);
    expect(valid(storedTalk(NOW), roundTrip(NEW_TALK))).toBe(true);
    expect(valid(storedTalk(NOW), roundTrip(pause(later, NOW - 60_000)))).toBe(true);
  });

  it.for([
    ['a string', 'abc'],
    ['a number', -1e9],
    ['null', null],
    ['a start years ago', { ...later, startedAt: 1 }],
    ['a start in the future', { ...later, startedAt: NOW + 365 * 24 * HOUR }],
    ['a start that is not finite', { ...later, startedAt: Number.POSITIVE_INFINITY }],
    ['a negative pause', { ...later, pausedMs: -1e9 }],
    ['a pause longer than the talk', { ...later, pausedMs: 2 * HOUR }],
    ['a talk running for 13 hours', { ...later, startedAt: NOW - 13 * HOUR }],
    ['a pause before the start', { ...later, pausedAt: NOW - 2 * HOUR }],
    ['spent as a string', { ...later, spent: { japan: 'abc' } }],
    ['spent negative', { ...later, spent: { japan: -5 } }],
    ['spent as an array', { ...later, spent: [1, 2] }],
    ['a visit at a fractional slide', { ...later, visit: { index: 1.5, id: 'japan', since: 0 } }],
    ['a visit since a negative time', { ...later, visit: { index: 1, id: 'japan', since: -1 } }],
    ['an origin that is a string', { ...later, origin: '3' }],
  ] as const)('drops %s', ([, value]) => {
    expect(valid(storedTalk(NOW), value)).toBe(false);
  });
});

describe('stored settings', () => {
  it('takes what the view saves, and a settings object from before a field existed', () => {
    const saved = { textSize: 40, scheme: 'dark', rehearse: true, rehearsedPlan: { japan: 30, constructor: 12 } };
    const parsed = v.parse(storedSettings, saved);
    expect(parsed.rehearsedPlan?.constructor).toBe(12);
    expect(Object.getPrototypeOf(parsed.rehearsedPlan)).toBeNull();
    expect(v.parse(storedSettings, { scheme: 'light' })).toEqual({ scheme: 'light' });
    expect(valid(storedSettings, { textSize: null, rehearsedPlan: null })).toBe(true);
  });

  it.for([
    ['a text size below the smallest', { textSize: -1e9 }],
    ['a text size above the largest', { textSize: 1e9 }],
    ['a text size as a string', { textSize: 'abc' }],
    ['an unknown scheme', { scheme: 'purple' }],
    ['rehearsal as a string', { rehearse: 'yes' }],
    ['a plan with negative seconds', { rehearsedPlan: { japan: -1e9 } }],
    ['a plan with seconds as a string', { rehearsedPlan: { japan: 'abc' } }],
    ['a plan that is a number', { rehearsedPlan: 5 }],
    ['settings that are an array', [1]],
  ] as const)('drops %s', ([, value]) => {
    expect(valid(storedSettings, value)).toBe(false);
  });

  it('holds talk time only for a boolean', () => {
    expect(valid(storedHeld, true)).toBe(true);
    expect(valid(storedHeld, 'yes')).toBe(false);
  });
});
