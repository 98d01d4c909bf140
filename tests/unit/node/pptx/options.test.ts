import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../src/node/cli.ts';
import { pptxOptions } from '../../../../src/node/pptx/options.ts';

describe('npm run pptx options', () => {
  it('defaults to English notes in pptx/ under the working folder', () => {
    expect(pptxOptions([])).toEqual({ help: false, out: path.resolve('pptx'), language: 'en' });
  });

  it('takes --out, --lang (in any case) and --help', () => {
    expect(pptxOptions(['--out', 'x/y', '--lang', 'BOTH', '-h'])).toEqual({
      help: true,
      out: path.resolve('x/y'),
      language: 'both',
    });
  });

  it.each([
    [['--frobnicate'], /^unknown option --frobnicate; `npm run pptx -- --help` lists the options\.$/],
    [['slides'], /^unexpected argument "slides"; options start with --, and `npm run pptx -- --help`/],
    [['--out'], /^Option '--out <value>' argument missing; `npm run pptx -- --help` lists the options\.$/],
    [['--lang', 'fr'], /^--lang wants en, ja, both, not "fr"\.$/],
    [['--dist', 'dist'], /^unknown option --dist; /],
  ])('refuses %j in one line', (args, message) => {
    expect(() => pptxOptions(args)).toThrow(UsageError);
    expect(() => pptxOptions(args)).toThrow(message);
  });
});
