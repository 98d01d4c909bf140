import type { LiveState } from '../../protocol/live.ts';
import type { LinkStatus } from '../present/live-socket.ts';

/**
 * The audience page's status line in Japanese, for a reader who chose 日本語: the states of status.ts, each worded as
 * a Japanese reader expects, not word for word. The build cuts the page's Japanese face to these words too
 * (src/node/japanese-face.ts), so each one draws in it.
 */
export const STATUS_JA = {
  ended: '講演は終了しました',
  unserved: '会場に表示されたアドレスからこのページを開くと、講演をライブで追うことができます',
  lost: '接続が切れました。再接続しています…',
  connecting: '接続しています…',
  waiting: '講演の開始をお待ちください',
  offline: '講演者の画面がオフラインです。講演はこの箇所で止まっています',
  live: 'ライブ',
  slide: 'スライド',
  of: '／',
  dark: '画面は暗転中です',
  separator: '・',
} as const;

/** What the audience's page says about the talk, in a Japanese sentence: status.ts's statusText, in Japanese. */
export function statusTextJa(link: LinkStatus, state: LiveState | undefined): string {
  const t = STATUS_JA;
  if (state?.ended === true) return t.ended;
  if (link === 'unserved') return t.unserved;
  if (link === 'lost') return t.lost;
  if (link === 'connecting' || state === undefined) return t.connecting;
  if (state.position === null) return t.waiting;
  if (!state.presenter) return t.offline;
  const where = `${t.live}${t.separator}${t.slide} ${state.position.index + 1}${t.of}${state.position.total}`;
  return state.position.blank ? `${where}${t.separator}${t.dark}` : where;
}
