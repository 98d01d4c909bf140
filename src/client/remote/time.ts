import type { LiveState } from '../../protocol/live.ts';
import { clockNow, talkTime } from '../present/live-state.ts';
import { formatDuration } from '../speaker/state/pacing.ts';

/**
 * The talk's clock for the clicker, the speaker view's own figures: talk time and why it stands still, this slide's
 * time left, and the plan's whole length. `sinceMs` is how long ago the state arrived, for a clock that runs between
 * messages.
 */
export function scheduleText(state: LiveState, sinceMs: number): string {
  const clock = clockNow(state, sinceMs);
  if (state.position === null || clock === undefined || clock.state === 'unstarted') {
    return 'Talk time starts with the first slide';
  }
  let stopped = '';
  if (clock.state === 'held') stopped = ' (paused)';
  else if (clock.state === 'blank') stopped = ` (${state.position.blankScreen ?? 'black'} screen)`;
  const left = formatDuration(Math.abs(clock.slideLeftMs) / 1000);
  const slide = clock.slideLeftMs < 0 ? `${left} over` : `${left} left`;
  return `Talk ${talkTime(clock)}${stopped} · this slide ${slide} · plan ${formatDuration(state.position.plannedTotal)}`;
}
