import { describe, expect, it } from 'vitest';
import { arrive, NEW_TALK, pause } from '../../../../../src/client/speaker/state/clock.ts';
import {
  ClockTeller,
  speakerClock,
  timeFigures,
  type Moment,
} from '../../../../../src/client/speaker/state/figures.ts';
import type { Plan } from '../../../../../src/client/speaker/state/pacing.ts';

const T = Date.UTC(2022, 4, 19, 0, 30);
/** Three slides of 20, 40 and 60 s: 130 words a minute throughout. */
const PLAN: Plan = [
  { id: 'one', number: 1, headline: 'One', seconds: 20, words: 43 },
  { id: 'two', number: 2, headline: 'Two', seconds: 40, words: 87 },
  { id: 'three', number: 3, headline: 'Three', seconds: 60, words: 130 },
];

function moment(change: Partial<Moment>): Moment {
  return {
    talk: NEW_TALK,
    deck: { index: 0, total: 3, blanked: false },
    plan: PLAN,
    held: false,
    connected: true,
    now: T,
    ...change,
  };
}

describe('the time panel figures', () => {
  it('wait for the first advance, on time, with the whole plan left', () => {
    const figures = timeFigures(moment({ talk: arrive(NEW_TALK, T, 0, 'one') }));
    expect(figures.talk).toBe('0:00');
    expect(figures.talkNote).toBe('starts on the first advance, or P');
    expect(figures.left).toBe('2:00');
    expect(figures.length).toBe('2:00');
    expect(figures.schedule).toEqual({ text: 'on time', tone: 'on-time' });
    expect(figures.position).toBe('Slide 1 of 3');
    expect(figures.plannedPace).toBe(130);
    expect(figures.pace).toBe('—');
    expect(figures.connection).toBe('');
  });

  it('count talk time from the first advance and say how far behind the plan it is', () => {
    const talk = arrive(arrive(NEW_TALK, T, 0, 'one'), T, 1, 'two');
    const figures = timeFigures(moment({ talk, deck: { index: 1, total: 3, blanked: false }, now: T + 50_000 }));
    expect(figures.talk).toBe('0:50');
    expect(figures.left).toBe('0:50');
    expect(figures.length).toBe('1:40');
    expect(figures.schedule).toEqual({ text: '10 s behind', tone: 'behind' });
    expect(figures.slideLeft).toBe('0:10');
    expect(figures.slideOver).toBe(true);
    expect(figures.progress).toBe(0.5);
  });

  it('say why talk time stands still, and when the deck is not connected', () => {
    const talk = pause(arrive(arrive(NEW_TALK, T, 0, 'one'), T, 1, 'two'), T + 5000);
    expect(timeFigures(moment({ talk, held: true })).talkNote).toBe('paused (P resumes)');
    expect(timeFigures(moment({ talk, held: true })).paused).toBe(true);
    expect(timeFigures(moment({ talk, deck: { index: 1, total: 3, blanked: true } })).talkNote).toBe(
      'paused: black screen (B)',
    );
    const white = { index: 1, total: 3, blanked: true, blankScreen: 'white' } as const;
    expect(timeFigures(moment({ talk, deck: white })).talkNote).toBe('paused: white screen (W)');
    const alone = timeFigures(moment({ deck: null, connected: false }));
    expect(alone.connection).toBe('Not connected to the deck: press S in the deck window');
    expect(alone.position).toBe('Slide 1 of 3');
  });
});

describe('the clock the view tells the deck, for the hall', () => {
  const started = arrive(arrive(NEW_TALK, T, 0, 'one'), T, 1, 'two');
  const two = { index: 1, total: 3, blanked: false };

  it('carries the time panel’s talk time and this slide’s time left, in milliseconds', () => {
    const at = moment({ talk: started, deck: two, now: T + 12_345 });
    expect(speakerClock(at)).toEqual({ talkMs: 12_345, state: 'running', slideLeftMs: 27_655, index: 1 });
    expect(timeFigures(at).talk).toBe('0:12');
    expect(speakerClock(moment({ talk: started, deck: two, now: T + 50_000 })).slideLeftMs).toBe(-10_000);
  });

  it('says why it stands still: not started, blank, held', () => {
    expect(speakerClock(moment({ talk: arrive(NEW_TALK, T, 0, 'one') })).state).toBe('unstarted');
    const blank = { ...two, blanked: true };
    expect(speakerClock(moment({ talk: pause(started, T + 1000), deck: blank, now: T + 9000 }))).toMatchObject({
      talkMs: 1000,
      state: 'blank',
    });
    expect(speakerClock(moment({ talk: started, deck: two, held: true })).state).toBe('held');
  });

  it('tells every second, and at once when it stops, starts or moves on', () => {
    const teller = new ClockTeller();
    const told: unknown[] = [];
    const link = { send: (command: unknown) => told.push(command) };
    teller.tell(moment({ talk: started, deck: two, now: T }), link);
    teller.tell(moment({ talk: started, deck: two, now: T + 250 }), link);
    expect(told).toHaveLength(1);
    teller.tell(moment({ talk: started, deck: two, now: T + 500, held: true }), link);
    expect(told).toHaveLength(2);
    teller.tell(moment({ talk: started, deck: two, now: T + 1500, held: true }), link);
    expect(told).toHaveLength(3);
    teller.tell(moment({ talk: started, deck: null, now: T + 9000 }), link);
    expect(told).toHaveLength(3);
  });
});
