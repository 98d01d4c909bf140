import { describe, expect, it } from 'vitest';
import {
  arrive,
  isPaused,
  NEW_TALK,
  pause,
  reset,
  resume,
  spentOn,
  start,
  talkMs,
} from '../../../../../src/client/speaker/state/clock.ts';

const T = 1_000_000;

describe('talk time', () => {
  it('does not start when the view first learns the slide, and starts on the first move', () => {
    const here = arrive(NEW_TALK, T, 5, 'five');
    expect(here.startedAt).toBeNull();
    expect(talkMs(here, T + 60_000)).toBe(0);
    const moved = arrive(here, T + 60_000, 6, 'six');
    expect(moved.startedAt).toBe(T + 60_000);
    expect(moved.origin).toBe(6);
    expect(talkMs(moved, T + 90_000)).toBe(30_000);
  });

  it('counts the plan from the earliest slide of the talk, when the speaker goes back before its start', () => {
    const started = arrive(arrive(NEW_TALK, T, 5, 'five'), T, 6, 'six');
    expect(arrive(started, T + 1000, 7, 'seven').origin).toBe(6);
    expect(arrive(started, T + 1000, 4, 'four').origin).toBe(4);
  });

  it('starts on the start key where the deck stands', () => {
    const started = start(arrive(NEW_TALK, T, 3, 'three'), T + 1000);
    expect(started.origin).toBe(3);
    expect(talkMs(started, T + 3000)).toBe(2000);
    expect(start(started, T + 5000)).toBe(started);
  });

  it('leaves out every pause', () => {
    let talk = start(arrive(NEW_TALK, T, 0, 'a'), T);
    talk = pause(talk, T + 10_000);
    expect(isPaused(talk)).toBe(true);
    expect(talkMs(talk, T + 50_000)).toBe(10_000);
    talk = resume(talk, T + 50_000);
    talk = pause(resume(pause(talk, T + 55_000), T + 65_000), T + 70_000);
    expect(talkMs(talk, T + 99_000)).toBe(20_000);
    expect(pause(NEW_TALK, T)).toBe(NEW_TALK);
  });

  it('charges each slide the talk time spent on it, over several visits, pauses excluded', () => {
    let talk = arrive(arrive(NEW_TALK, T, 0, 'a'), T, 1, 'b');
    talk = arrive(talk, T + 20_000, 2, 'c');
    talk = pause(talk, T + 25_000);
    talk = resume(talk, T + 40_000);
    talk = arrive(talk, T + 45_000, 1, 'b');
    expect(spentOn(talk, 'b', T + 50_000)).toBe(25_000);
    expect(spentOn(talk, 'c', T + 50_000)).toBe(10_000);
    expect(spentOn(talk, 'a', T + 50_000)).toBe(0);
  });

  it('resets to zero on the current slide', () => {
    const talk = reset(arrive(arrive(NEW_TALK, T, 0, 'a'), T, 1, 'b'));
    expect(talk.startedAt).toBeNull();
    expect(talk.visit).toEqual({ index: 1, id: 'b', since: 0 });
    expect(talk.spent).toEqual({});
  });

  it('keeps the time of a slide whose id is also a name every object has', () => {
    const talk = arrive(arrive(arrive(NEW_TALK, T, 0, 'a'), T, 1, 'constructor'), T + 4000, 2, 'toString');
    expect(spentOn(talk, 'constructor', T + 9000)).toBe(4000);
    expect(spentOn(talk, 'toString', T + 9000)).toBe(5000);
    expect(spentOn(talk, 'hasOwnProperty', T + 9000)).toBe(0);
  });
});
