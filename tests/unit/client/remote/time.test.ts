import { describe, expect, it } from 'vitest';
import type { LiveState } from '../../../../src/protocol/live.ts';
import { scheduleText } from '../../../../src/client/remote/time.ts';

const at = (plannedAt: number, talkMs: number | null, change: Partial<LiveState> = {}): LiveState => ({
  type: 'state',
  position: {
    slide: 'japan',
    index: 8,
    total: 25,
    headline: 'Japan',
    next: '',
    blank: false,
    plannedAt,
    plannedTotal: 540,
  },
  presenter: true,
  ended: false,
  talkMs,
  ...change,
});

describe('the clicker’s talk time against the plan', () => {
  it('waits for the first slide', () => {
    expect(scheduleText(at(0, null), 0)).toBe('Talk time starts with the first slide');
  });

  it('counts on between messages and says ahead or behind', () => {
    expect(scheduleText(at(200, 150_000), 10_000)).toBe(
      'Talk 2:40 · this slide planned at 3:20 (0:40 ahead) · plan 9:00',
    );
    expect(scheduleText(at(100, 150_000), 0)).toBe('Talk 2:30 · this slide planned at 1:40 (0:50 behind) · plan 9:00');
    expect(scheduleText(at(150, 148_000), 0)).toContain('(on time)');
  });

  it('stands still while the screen is dark or the deck is away', () => {
    const dark = at(200, 150_000);
    if (dark.position) dark.position.blank = true;
    expect(scheduleText(dark, 60_000)).toMatch(/^Talk 2:30/);
    expect(scheduleText(at(200, 150_000, { presenter: false }), 60_000)).toMatch(/^Talk 2:30/);
  });
});
