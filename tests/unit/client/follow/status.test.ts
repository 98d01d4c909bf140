import { describe, expect, it } from 'vitest';
import type { LiveState } from '../../../../src/protocol/live.ts';
import { statusText } from '../../../../src/client/follow/status.ts';

const position = {
  slide: 'ukraine',
  index: 4,
  total: 25,
  headline: 'Ukraine',
  next: 'Next',
  blank: false,
  plannedAt: 80,
  plannedTotal: 540,
};
const state = (change: Partial<LiveState>): LiveState => ({
  type: 'state',
  position,
  presenter: true,
  ended: false,
  ...change,
});

describe('what the audience’s page says', () => {
  it('names each moment of the talk', () => {
    expect(statusText('connecting', undefined)).toBe('Connecting…');
    expect(statusText('open', state({ position: null }))).toBe('Waiting for the speaker');
    expect(statusText('open', state({}))).toBe('Live · slide 5 of 25');
    expect(statusText('open', state({ position: { ...position, blank: true } }))).toBe(
      'Live · slide 5 of 25 · black screen',
    );
    expect(statusText('open', state({ position: { ...position, blank: true, blankScreen: 'white' } }))).toBe(
      'Live · slide 5 of 25 · white screen',
    );
    expect(statusText('open', state({ presenter: false }))).toContain('offline');
    expect(statusText('lost', state({}))).toBe('Connection lost, reconnecting…');
    expect(statusText('unserved', undefined)).toContain('address shown in the hall');
  });

  it('shows the speaker’s talk time, running on between messages while the talk runs', () => {
    const clock = { talkMs: 9_600, state: 'running', slideLeftMs: 20_000, from: 'speaker' } as const;
    expect(statusText('open', state({ position: { ...position, clock } }), 1_500)).toBe(
      'Live · slide 5 of 25 · talk 0:11',
    );
    const blank = { ...position, blank: true, clock: { ...clock, state: 'blank' as const } };
    expect(statusText('open', state({ position: blank }), 30_000)).toBe(
      'Live · slide 5 of 25 · talk 0:09 · black screen',
    );
    const unstarted = { ...position, clock: { ...clock, talkMs: 0, state: 'unstarted' as const } };
    expect(statusText('open', state({ position: unstarted }), 30_000)).toBe('Live · slide 5 of 25');
  });

  it('says the talk has ended, even once the server is gone', () => {
    expect(statusText('lost', state({ ended: true }))).toBe('The talk has ended');
  });
});
