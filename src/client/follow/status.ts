import type { LiveState } from '../../protocol/live.ts';
import type { LinkStatus } from '../present/live-socket.ts';
import { clockNow, talkTime } from '../present/live-state.ts';

/**
 * What the audience's page says about the talk, in a sentence, with the speaker's talk time; `sinceMs` is how long
 * ago the state arrived, for a clock that runs between messages.
 */
export function statusText(link: LinkStatus, state: LiveState | undefined, sinceMs = 0): string {
  if (state?.ended === true) return 'The talk has ended';
  if (link === 'unserved') return 'Open this page from the address shown in the hall to follow the talk live';
  if (link === 'lost') return 'Connection lost, reconnecting…';
  if (link === 'connecting' || state === undefined) return 'Connecting…';
  if (state.position === null) return 'Waiting for the speaker';
  if (!state.presenter) return 'The speaker’s screen is offline: this is where the talk stopped';
  const clock = clockNow(state, sinceMs);
  const parts = [`Live · slide ${state.position.index + 1} of ${state.position.total}`];
  if (clock !== undefined && clock.state !== 'unstarted') parts.push(`talk ${talkTime(clock)}`);
  if (state.position.blank) parts.push(`${state.position.blankScreen ?? 'black'} screen`);
  return parts.join(' · ');
}
