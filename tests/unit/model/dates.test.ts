import { describe, expect, it } from 'vitest';
import { formatDate, isCalendarDate } from '../../../src/model/dates.ts';

describe('dates', () => {
  it('accepts a real day only', () => {
    expect(isCalendarDate('2022-05-19')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2022-02-30')).toBe(false);
    expect(isCalendarDate('2022-5-19')).toBe(false);
  });

  it('writes a date as it is said, and leaves one that is not a date as written', () => {
    expect(formatDate('2022-05-19')).toBe('19 May 2022');
    expect(formatDate('2022-13-45')).toBe('2022-13-45');
  });
});
