import { describe, expect, it } from 'vitest';
import { clockAfter, ClientMessageSchema, parseMessage, type Clock } from '../../../src/protocol/live.ts';

const clock: Clock = { talkMs: 10_000, state: 'running', slideLeftMs: 2_000, from: 'speaker' };
const position = {
  slide: 'japan',
  index: 8,
  total: 25,
  headline: 'Japan',
  next: '',
  blank: false,
  plannedAt: 200,
  plannedTotal: 540,
};
const report = (change: object) => JSON.stringify({ type: 'position', position: { ...position, ...change } });

describe('the talk’s clock on the wire', () => {
  it('runs on only while it runs, the slide’s time down past zero', () => {
    expect(clockAfter(clock, 3_000)).toEqual({ ...clock, talkMs: 13_000, slideLeftMs: -1_000 });
    for (const state of ['unstarted', 'held', 'blank'] as const) {
      expect(clockAfter({ ...clock, state }, 3_000)).toEqual({ ...clock, state });
    }
    expect(clockAfter(clock, -5_000), 'a clock never runs back').toEqual(clock);
  });

  it('is parsed strictly and within bounds, and stays optional for a deck that keeps none', () => {
    expect(parseMessage(ClientMessageSchema, report({}))).toBeDefined();
    expect(parseMessage(ClientMessageSchema, report({ clock, blank: true, blankScreen: 'white' }))).toBeDefined();
    for (const wrong of [
      { clock: { ...clock, index: 3 } },
      { clock: { ...clock, talkMs: 86_400_001 } },
      { clock: { ...clock, talkMs: -1 } },
      { clock: { ...clock, talkMs: 1.5 } },
      { clock: { ...clock, slideLeftMs: -86_400_001 } },
      { clock: { ...clock, state: 'paused' } },
      { clock: { ...clock, from: 'server' } },
      { blankScreen: 'grey' },
    ]) {
      expect(parseMessage(ClientMessageSchema, report(wrong)), JSON.stringify(wrong)).toBeUndefined();
    }
  });
});
