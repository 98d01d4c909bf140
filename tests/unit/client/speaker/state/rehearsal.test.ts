import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../../src/client/speaker/state/pacing.ts';
import {
  recordedSeconds,
  rehearsal,
  rehearsalCsv,
  rehearsalJson,
} from '../../../../../src/client/speaker/state/rehearsal.ts';

const plan: Plan = [
  { id: 'a', number: 1, headline: 'Plain', seconds: 30, words: 65 },
  { id: 'b', number: 2, headline: 'Japan, "the partner"', seconds: 20, words: 43 },
  { id: 'c', number: 3, headline: 'Not yet', seconds: 40, words: 87 },
];
const spent: Record<string, number> = { a: 33.4, b: 17.6 };
const table = rehearsal(plan, (id) => spent[id] ?? 0);

describe('a rehearsal', () => {
  it('has each slide with planned, actual and difference, and totals over what was rehearsed', () => {
    expect(table.rows.map((row) => [row.id, row.planned, row.actual, row.difference])).toEqual([
      ['a', 30, 33, 3],
      ['b', 20, 18, -2],
      ['c', 40, null, null],
    ]);
    // Planned against actual for the finished slides only: like with like.
    expect(table.totals).toEqual({ planned: 50, actual: 51, difference: 1 });
    expect(recordedSeconds(table)).toEqual({ a: 33, b: 18 });
  });

  it('shows the slide still running as running, and neither compares nor adopts it', () => {
    const running = rehearsal(plan, (id) => ({ a: 33.4, b: 2 })[id] ?? 0, 'b');
    expect(running.rows.map((row) => [row.id, row.actual, row.difference, row.running])).toEqual([
      ['a', 33, 3, false],
      ['b', null, null, true],
      ['c', null, null, false],
    ]);
    expect(running.totals).toEqual({ planned: 30, actual: 33, difference: 3 });
    expect(recordedSeconds(running), 'the plan keeps the words-based time of the running slide').toEqual({ a: 33 });
  });

  it('is a CSV file a spreadsheet opens, quotes and all', () => {
    expect(rehearsalCsv(table)).toBe(
      'slide,id,headline,planned_s,actual_s,difference_s\r\n' +
        '1,a,Plain,30,33,3\r\n' +
        '2,b,"Japan, ""the partner""",20,18,-2\r\n' +
        '3,c,Not yet,40,,\r\n' +
        'total,,,50,51,1\r\n',
    );
  });

  it('is a JSON file with the deck, the time and the unit', () => {
    const json = JSON.parse(rehearsalJson(table, 'The deck', new Date('2022-05-19T00:30:00Z'))) as Record<
      string,
      unknown
    >;
    expect(json).toMatchObject({ deck: 'The deck', recordedAt: '2022-05-19T00:30:00.000Z', unit: 'seconds' });
    expect(json.rows).toEqual(table.rows);
  });
});
