import type { LiveState } from '../../protocol/live.ts';
import type { LinkStatus } from '../present/live-socket.ts';

/** What the audience's page says about the talk, in a sentence. */
export function statusText(link: LinkStatus, state: LiveState | undefined): string {
  if (state?.ended === true) return 'The talk has ended';
  if (link === 'unserved') return 'Open this page from the address shown in the hall to follow the talk live';
  if (link === 'lost') return 'Connection lost, reconnecting…';
  if (link === 'connecting' || state === undefined) return 'Connecting…';
  if (state.position === null) return 'Waiting for the speaker';
  if (!state.presenter) return 'The speaker’s screen is offline: this is where the talk stopped';
  const where = `Live · slide ${state.position.index + 1} of ${state.position.total}`;
  return state.position.blank ? `${where} · the screen is dark` : where;
}
