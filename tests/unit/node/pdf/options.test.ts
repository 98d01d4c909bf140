import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../src/node/cli.ts';
import { pdfOptions } from '../../../../src/node/pdf/options.ts';

const ROOT = path.resolve('/project');

describe('pdfOptions', () => {
  it('prints the handout in English unless --lang says otherwise', () => {
    expect(pdfOptions([], ROOT).language).toBe('en');
    expect(pdfOptions(['--lang', 'ja'], ROOT).language).toBe('ja');
    expect(pdfOptions(['--lang', 'BOTH'], ROOT).language).toBe('both');
  });

  it('refuses another language in one line that lists the ones it takes', () => {
    expect(() => pdfOptions(['--lang', 'fr'], ROOT)).toThrow(UsageError);
    expect(() => pdfOptions(['--lang', 'fr'], ROOT)).toThrow('--lang wants en, ja, both, not "fr".');
  });

  it('keeps the other options as they were', () => {
    const options = pdfOptions(['--paper', 'letter', '--only', 'handout', '--dist', 'build'], ROOT);
    expect(options).toMatchObject({ paper: 'letter', kinds: ['handout'], dist: path.join(ROOT, 'build') });
  });
});
