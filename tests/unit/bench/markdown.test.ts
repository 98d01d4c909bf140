import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../../src/node/bench/markdown.ts';
import { fastSmall, result, slowLarge } from './samples.ts';

describe('formatMarkdown', () => {
  const markdown = formatMarkdown(result(fastSmall, slowLarge));

  it('is a Markdown table of time and bytes, deck against stock, with the ratio', () => {
    expect(markdown).toContain('| | This deck | Stock reveal.js | Deck / stock |');
    expect(markdown).toContain(
      '| Navigation start to `.reveal.ready`, median | 110 ms (IQR 105–115) | 200 ms (IQR 195–205) | 0.55 |',
    );
    expect(markdown).toContain('| First-load bytes, gzip -9 | 32 KiB | 232 KiB | 0.14 |');
  });

  it('dates the figures, names the machine and the goals', () => {
    expect(markdown).toContain('on 2026-01-02 (Test CPU, 2 cores');
    expect(markdown).toMatch(
      /Goals: ready at least 30% sooner — met \(45% sooner\); under a third of the bytes — met gzipped/,
    );
  });
});
