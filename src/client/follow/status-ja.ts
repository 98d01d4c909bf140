import type { LiveState } from '../../protocol/live.ts';
import type { LinkStatus } from '../present/live-socket.ts';
import { clockNow, talkTime } from '../present/live-state.ts';
import { STATUS_JA } from '../../model/japanese-words.ts';

/**
 * What the audience's page says about the talk, in a Japanese sentence: status.ts's statusText, in Japanese, with the
 * same talk time (`sinceMs`: how long ago the state arrived).
 */
export function statusTextJa(link: LinkStatus, state: LiveState | undefined, sinceMs = 0): string {
  const t = STATUS_JA;
  if (state?.ended === true) return t.ended;
  if (link === 'unserved') return t.unserved;
  if (link === 'lost') return t.lost;
  if (link === 'connecting' || state === undefined) return t.connecting;
  if (state.position === null) return t.waiting;
  if (!state.presenter) return t.offline;
  const parts = [`${t.live}${t.separator}${t.slide} ${state.position.index + 1}${t.of}${state.position.total}`];
  const clock = clockNow(state, sinceMs);
  if (clock !== undefined && clock.state !== 'unstarted') parts.push(`${t.talk} ${talkTime(clock)}`);
  if (state.position.blank) parts.push(state.position.blankScreen === 'white' ? t.white : t.black);
  return parts.join(t.separator);
}
