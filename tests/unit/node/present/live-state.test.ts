import { describe, expect, it } from 'vitest';
import { TalkState } from '../../../../src/node/present/live-state.ts';
import type { Clock, Position } from '../../../../src/protocol/live.ts';

const position = (clock: Clock): Position => ({
  slide: 'japan',
  index: 8,
  total: 25,
  headline: 'Japan',
  next: '',
  blank: clock.state === 'blank',
  plannedAt: 200,
  plannedTotal: 540,
  clock,
});
const running: Clock = { talkMs: 10_000, state: 'running', slideLeftMs: 5_000, from: 'speaker' };

function talkAt(): { talk: TalkState; wait: (ms: number) => void } {
  let now = 1_000_000;
  return {
    talk: new TalkState(() => now),
    wait: (ms) => {
      now += ms;
    },
  };
}

describe('the talk’s clock on the server', () => {
  it('carries the deck’s clock on from its report, keeping none of its own', () => {
    const { talk, wait } = talkAt();
    talk.presenterJoined();
    wait(20_000);
    expect(talk.snapshot().position).toBeNull();
    talk.moveTo(position(running));
    wait(2_500);
    expect(talk.snapshot().position?.clock).toEqual({ ...running, talkMs: 12_500, slideLeftMs: 2_500 });
  });

  it('stands still while the deck’s clock stands still', () => {
    const { talk, wait } = talkAt();
    talk.presenterJoined();
    talk.moveTo(position({ ...running, state: 'blank' }));
    wait(15_000);
    expect(talk.snapshot().position?.clock?.talkMs).toBe(10_000);
  });

  it('stops where the deck was last heard from, and at the end', () => {
    const { talk, wait } = talkAt();
    talk.presenterJoined();
    talk.moveTo(position(running));
    wait(1_000);
    talk.presenterLeft();
    wait(60_000);
    expect(talk.snapshot().position?.clock?.talkMs).toBe(11_000);
    talk.presenterJoined();
    wait(1_000);
    expect(talk.snapshot().position?.clock?.talkMs).toBe(12_000);
    talk.end();
    wait(60_000);
    expect(talk.snapshot()).toMatchObject({ ended: true, position: { clock: { talkMs: 12_000 } } });
  });
});
