import { describe, expect, it } from 'vitest';
import {
  describeSchedule,
  formatDuration,
  plannedLength,
  plannedWordsPerMinute,
  plannedStart,
  secondsBehind,
  slideSecondsLeft,
  talkSecondsLeft,
  withRehearsedTimes,
  wordsPerMinute,
  type Plan,
} from '../../../../../src/client/speaker/state/pacing.ts';

const plan: Plan = [
  { id: 'title', number: 1, headline: 'Title', seconds: 0, words: 0 },
  { id: 'a', number: 2, headline: 'A', seconds: 30, words: 65 },
  { id: 'b', number: 3, headline: 'B', seconds: 20, words: 43 },
  { id: 'c', number: 4, headline: 'C', seconds: 40, words: 87 },
];

describe('pacing', () => {
  it("reads the plan's speaking rate from its words and seconds, rehearsed times included", () => {
    // 195 words in 90 s.
    expect(plannedWordsPerMinute(plan)).toBe(130);
    expect(plannedWordsPerMinute(withRehearsedTimes(plan, { c: 85 }))).toBe(87);
    expect(plannedWordsPerMinute([])).toBe(0);
  });

  it('sums the plan before a slide and from where the talk started', () => {
    expect(plannedStart(plan, 0)).toBe(0);
    expect(plannedStart(plan, 3)).toBe(50);
    expect(plannedLength(plan, 0)).toBe(90);
    expect(plannedLength(plan, 2)).toBe(60);
  });

  it('is 10 s behind after 30 s on a slide planned for 20 s', () => {
    const position = { origin: 2, index: 2, since: 0, talk: 30 };
    expect(secondsBehind(plan, position)).toBe(10);
    expect(slideSecondsLeft(plan, position)).toBe(-10);
    expect(talkSecondsLeft(plan, position)).toBe(30);
  });

  it('compares the start of this slide with the plan, and counts an overrun as it grows', () => {
    // Slide "b" began at 24 s where the plan has 30 s: 6 s ahead, until "b" itself runs over.
    expect(secondsBehind(plan, { origin: 0, index: 2, since: 24, talk: 30 })).toBe(-6);
    expect(secondsBehind(plan, { origin: 0, index: 2, since: 24, talk: 48 })).toBe(-2);
    expect(secondsBehind(plan, { origin: 0, index: 2, since: 24, talk: 60 })).toBe(10);
    // Began late: behind by as much, from the first second.
    expect(secondsBehind(plan, { origin: 0, index: 2, since: 40, talk: 41 })).toBe(10);
  });

  it('says ahead or behind in words', () => {
    expect(describeSchedule(10)).toEqual({ text: '10 s behind', tone: 'behind' });
    expect(describeSchedule(-65)).toEqual({ text: '1 min 5 s ahead', tone: 'ahead' });
    expect(describeSchedule(120)).toEqual({ text: '2 min behind', tone: 'behind' });
    expect(describeSchedule(1.6)).toEqual({ text: 'on time', tone: 'on-time' });
  });

  it('measures words a minute over the finished slides only', () => {
    const spent: Record<string, number> = { a: 30, b: 30 };
    const on = (id: string) => spent[id] ?? 0;
    expect(wordsPerMinute(plan, on, 'b')).toBe(130);
    expect(wordsPerMinute(plan, on, 'c')).toBe(Math.round((108 * 60) / 60));
    expect(wordsPerMinute(plan, () => 0, 'a')).toBeUndefined();
    expect(wordsPerMinute(plan, (id) => (id === 'a' ? 5 : 0), 'b')).toBeUndefined();
  });

  it('puts rehearsed seconds in place of the planned ones', () => {
    const rehearsed = withRehearsedTimes(plan, { b: 25 });
    expect(rehearsed.map((slide) => slide.seconds)).toEqual([0, 30, 25, 40]);
    expect(plan[2]?.seconds).toBe(20);
  });

  it('formats durations as a clock', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(-12)).toBe('-0:12');
    expect(formatDuration(3723)).toBe('1:02:03');
  });
});
