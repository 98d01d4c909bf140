import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/node/bench/report.ts';
import { fastSmall, result, slowLarge } from './samples.ts';

describe('formatReport', () => {
  const report = formatReport(result(fastSmall, slowLarge));
  const lines = report.split('\n');

  it('tables the timings with median and spread', () => {
    const header = lines.find((line) => line.includes('median'));
    expect(header?.trim().split(/\s+/)).toEqual(['median', 'min', 'q1', 'q3', 'max', 'IQR']);
    expect(
      lines
        .find((line) => line.startsWith('deck '))
        ?.trim()
        .split(/\s+/),
    ).toEqual(['deck', '110.0', '100.0', '105.0', '115.0', '120.0', '10.0']);
    expect(lines.find((line) => line.startsWith('deck / stock'))).toMatch(/0\.55$/);
  });

  it('tables bytes by type in KiB, leaving out kinds neither page loaded', () => {
    expect(
      lines
        .find((line) => line.startsWith('JS '))
        ?.trim()
        .split(/\s+/),
    ).toEqual(['JS', '1', '50.0', '10.0', '1', '100.0', '30.0', '0.33']);
    expect(lines.find((line) => line.startsWith('Fonts '))).toMatch(/–$/);
    expect(lines.some((line) => line.startsWith('Images') || line.startsWith('Other'))).toBe(false);
    expect(
      lines
        .find((line) => line.startsWith('Total '))
        ?.trim()
        .split(/\s+/)[1],
    ).toBe('3');
  });

  it('lines up every row of a table to the same width of label', () => {
    const rows = lines.filter((line) => /^(HTML|JS|CSS|Fonts|Total) /.test(line));
    const firstFigure = rows.map((line) => line.search(/\s\S/));
    expect(new Set(firstFigure).size).toBe(1);
  });

  it('says where the deck stands on both goals', () => {
    expect(report).toContain(
      'Speed goal, at least 30% faster (median ratio <= 0.70): met, the deck is ready 45% sooner',
    );
    expect(report).toMatch(
      /Size goal, under a third of the bytes \(ratio < 0\.33\): gzip met \(ratio 0\.14\), raw met/,
    );
    expect(formatReport(result(slowLarge, fastSmall))).toMatch(/Speed goal.*NOT met/);
  });

  it('names the machine and how busy it was', () => {
    expect(lines[0]).toBe('Machine: Test CPU, 2 cores, 2.0 GiB, Linux 6 x64, Node v20.0.0, Chromium 150.0');
    expect(report).toContain('1-minute load average 0.25 before the timed loads, 1.50 after (2 cores).');
  });
});
