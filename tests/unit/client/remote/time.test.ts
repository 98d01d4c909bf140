import { describe, expect, it } from 'vitest';
import type { Clock, LiveState } from '../../../../src/protocol/live.ts';
import { scheduleText } from '../../../../src/client/remote/time.ts';

const at = (clock: Clock | undefined, change: Partial<LiveState> = {}): LiveState => ({
  type: 'state',
  position: {
    slide: 'japan',
    index: 8,
    total: 25,
    headline: 'Japan',
    next: '',
    blank: clock?.state === 'blank',
    plannedAt: 200,
    plannedTotal: 540,
    ...(clock === undefined ? {} : { clock }),
  },
  presenter: true,
  ended: false,
  ...change,
});
const clock = (talkMs: number, state: Clock['state'] = 'running', slideLeftMs = 30_000): Clock => ({
  talkMs,
  state,
  slideLeftMs,
  from: 'speaker',
});

describe('the clicker’s talk time, the speaker view’s own', () => {
  it('waits for the first slide', () => {
    expect(scheduleText(at(undefined), 0)).toBe('Talk time starts with the first slide');
    expect(scheduleText(at(clock(0, 'unstarted')), 5_000)).toBe('Talk time starts with the first slide');
  });

  it('counts on between messages, and this slide’s time down', () => {
    expect(scheduleText(at(clock(150_400)), 10_000)).toBe('Talk 2:40 · this slide 0:20 left · plan 9:00');
    expect(scheduleText(at(clock(150_000, 'running', -5_000)), 1_000)).toBe(
      'Talk 2:31 · this slide 0:06 over · plan 9:00',
    );
  });

  it('stands still, and says why, while paused, blank, or the deck is away', () => {
    expect(scheduleText(at(clock(150_000, 'held')), 60_000)).toBe(
      'Talk 2:30 (paused) · this slide 0:30 left · plan 9:00',
    );
    expect(scheduleText(at(clock(150_000, 'blank')), 60_000)).toMatch(/^Talk 2:30 \(black screen\)/);
    const white = at(clock(150_000, 'blank'));
    if (white.position) white.position.blankScreen = 'white';
    expect(scheduleText(white, 60_000)).toMatch(/^Talk 2:30 \(white screen\)/);
    expect(scheduleText(at(clock(150_000), { presenter: false }), 60_000)).toMatch(/^Talk 2:30 ·/);
    expect(scheduleText(at(clock(150_000), { ended: true }), 60_000)).toMatch(/^Talk 2:30 ·/);
  });
});
