import type { LiveState } from '../../protocol/live.ts';

function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * The talk time against the schedule, for the clicker: how long the talk has run, when the plan starts this slide,
 * and the plan's whole length. `sinceMs` is how long ago the state arrived, for a clock that runs between messages.
 */
export function scheduleText(state: LiveState, sinceMs: number): string {
  if (state.position === null || state.talkMs === null) return 'Talk time starts with the first slide';
  const running = state.presenter && !state.ended && !state.position.blank;
  const talk = (state.talkMs + (running ? sinceMs : 0)) / 1000;
  const { plannedAt, plannedTotal } = state.position;
  const lead = plannedAt - talk;
  const pace = Math.abs(lead) < 5 ? 'on time' : `${clock(Math.abs(lead))} ${lead > 0 ? 'ahead' : 'behind'}`;
  return `Talk ${clock(talk)} · this slide planned at ${clock(plannedAt)} (${pace}) · plan ${clock(plannedTotal)}`;
}
