import { describe, expect, it } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import { outputName, titleLines } from '../../../src/model/title.ts';
import { SMALL_SPEECH } from '../../small-outline.ts';

describe('titleLines', () => {
  it('composes the title block once: its lines, the heading, the occasion and the document title', () => {
    const lines = titleLines(speech.titleBlock);
    expect(lines.kind).toBe('Statement of');
    expect(lines.audience).toBe('to the Members of the Kyoto Peacebuilding Center');
    expect(lines.date).toBe('19 May 2022');
    expect(lines.heading).toBe('Statement of Mr. Atul Khare');
    expect(lines.occasion).toBe(
      'to the Members of the Kyoto Peacebuilding Center, Kyoto University of Arts, 19 May 2022',
    );
    expect(lines.document).toBe(
      'Statement of Mr. Atul Khare, Under-Secretary-General for Operational Support, to the Members of the Kyoto Peacebuilding Center, 19 May 2022',
    );
  });
});

describe('outputName', () => {
  it("names the speech's files by its kind and date", () => {
    expect(outputName(speech.titleBlock)).toBe('statement-2022-05-19');
    expect(outputName({ ...SMALL_SPEECH.titleBlock, kind: 'Opening Remarks', date: '2023-01-02' })).toBe(
      'opening-remarks-2023-01-02',
    );
  });
});
