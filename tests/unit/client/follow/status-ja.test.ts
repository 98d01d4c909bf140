import { describe, expect, it } from 'vitest';
import type { LiveState } from '../../../../src/protocol/live.ts';
import type { LinkStatus } from '../../../../src/client/present/live-socket.ts';
import { statusText } from '../../../../src/client/follow/status.ts';
import { statusTextJa } from '../../../../src/client/follow/status-ja.ts';

const position = {
  slide: 'ukraine',
  index: 4,
  total: 25,
  headline: 'Ukraine',
  next: 'Next',
  blank: false,
  plannedAt: 80,
  plannedTotal: 540,
};
const state = (change: Partial<LiveState>): LiveState => ({
  type: 'state',
  position,
  presenter: true,
  ended: false,
  ...change,
});

/** Every moment of the talk the status line names. */
const MOMENTS: readonly (readonly [LinkStatus, LiveState | undefined])[] = [
  ['connecting', undefined],
  ['unserved', undefined],
  ['lost', state({})],
  ['lost', state({ ended: true })],
  ['open', state({ position: null })],
  ['open', state({})],
  ['open', state({ position: { ...position, blank: true } })],
  ['open', state({ position: { ...position, blank: true, blankScreen: 'white' } })],
  ['open', state({ presenter: false })],
];

describe('what the audience’s page says, in Japanese', () => {
  it('names each moment in Japanese, with no Latin letter', () => {
    for (const [link, live] of MOMENTS) {
      const text = statusTextJa(link, live);
      expect(text, statusText(link, live)).toMatch(/^[^A-Za-z]+$/);
    }
    expect(statusTextJa('open', state({}))).toBe('ライブ・スライド 5／25');
    expect(statusTextJa('open', state({ position: { ...position, blank: true } }))).toBe(
      'ライブ・スライド 5／25・画面は暗転中です',
    );
    expect(statusTextJa('lost', state({ ended: true }))).toBe('講演は終了しました');
    expect(statusTextJa('open', state({ position: { ...position, blank: true, blankScreen: 'white' } }))).toBe(
      'ライブ・スライド 5／25・画面は白表示中です',
    );
    const clock = { talkMs: 65_000, state: 'blank', slideLeftMs: 0, from: 'speaker' } as const;
    expect(statusTextJa('open', state({ position: { ...position, blank: true, clock } }))).toBe(
      'ライブ・スライド 5／25・講演時間 1:05・画面は暗転中です',
    );
  });

  it('tells apart every moment the English tells apart', () => {
    const english = new Set(MOMENTS.map(([link, live]) => statusText(link, live)));
    const japanese = new Set(MOMENTS.map(([link, live]) => statusTextJa(link, live)));
    expect(japanese.size).toBe(english.size);
  });
});
