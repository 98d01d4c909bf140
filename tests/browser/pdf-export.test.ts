import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportPdf } from '../../src/node/pdf.ts';
import { countPdfPages, slides } from './harness.ts';

/** A PDF's page sizes in points, from each page's MediaBox. */
function mediaBoxes(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    (match) => `${Math.round(Number(match[1]))}x${Math.round(Number(match[2]))}`,
  );
}

describe('PDF export (npm run pdf)', () => {
  let browser: Browser;
  const out = mkdtempSync(path.join(tmpdir(), 'deck-pdf-test-'));
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterAll(async () => {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('prints the slides one page each, at the 16:9 size of the slides', async () => {
    const { file } = await exportPdf(browser, inject('baseUrl'), 'slides', path.join(out, 'slides.pdf'));
    const pdf = readFileSync(file);
    expect(countPdfPages(pdf)).toBe(slides.length);
    // 1920x1080 CSS pixels are 1440x810 points.
    expect(new Set(mediaBoxes(pdf))).toEqual(new Set(['1440x810']));
  });

  it('prints the handout on A4', async () => {
    const { file } = await exportPdf(browser, inject('baseUrl'), 'handout', path.join(out, 'handout.pdf'));
    const pdf = readFileSync(file);
    expect(countPdfPages(pdf)).toBeGreaterThan(1);
    expect(new Set(mediaBoxes(pdf))).toEqual(new Set(['595x842']));
  });
});
