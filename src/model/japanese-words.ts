/**
 * What the build and the pages share about the Japanese face they carry: the deck's face file, and the audience
 * page's status words, to which the build cuts that page's face (src/node/japanese-face.ts), so that each draws in it.
 */

/**
 * The deck's Japanese face, cut at build time to the J headlines' characters, as a file beside the deck rather than
 * inlined: the deck's first load does not carry it; J fetches it the first time (src/client/japanese-headlines.ts).
 */
export const DECK_FACE_FILE = 'deck-ja-face.woff2';

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
  talk: '講演時間',
  black: '画面は暗転中です',
  white: '画面は白表示中です',
  separator: '・',
} as const;
