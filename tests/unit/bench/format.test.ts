import { describe, expect, it } from 'vitest';
import { alignColumns } from '../../../src/node/bench/format.ts';

describe('alignColumns', () => {
  it('pads labels to the left and figures to the right, without trailing spaces', () => {
    expect(
      alignColumns([
        ['', 'a', 'bbb'],
        ['row', '10', '2'],
        ['longer row', '1'],
      ]),
    ).toBe(
      // Widths 10, 2 and 3, three spaces between columns.
      ['              a   bbb', 'row          10     2', 'longer row    1'].join('\n'),
    );
  });
});
