import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';

const lint = async (lines: number, max: number) => {
  const code = Array.from({ length: lines }, (_, index) => `/* line ${index + 1} */`).join('\n') + '\n';
  const { results } = await stylelint.lint({
    code,
    config: { plugins: ['./stylelint/max-lines.js'], rules: { 'speech-deck/max-lines': max } },
  });
  return results[0]?.warnings.map((warning) => warning.text) ?? [];
};

describe('speech-deck/max-lines', () => {
  it('passes a stylesheet within its budget, the last line break not counted', async () => {
    expect(await lint(200, 200)).toEqual([]);
  });

  it('refuses one over it, saying how long it is and what to do', async () => {
    expect(await lint(201, 200)).toEqual([
      '201 lines, over the budget of 200: split the stylesheet by concern (speech-deck/max-lines)',
    ]);
  });
});
