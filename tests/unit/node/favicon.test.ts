import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { faviconHref, themeAccent } from '../../../src/node/favicon.ts';

describe('the favicon', () => {
  it("reads the accent from the theme's stylesheet, and says so when there is none", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'favicon-'));
    try {
      const css = path.join(dir, 'theme.css');
      writeFileSync(css, ':root {\n  --accent-wash: #eeeeee;\n  --accent: #123abc;\n}\n');
      expect(await themeAccent(css)).toBe('#123abc');
      writeFileSync(css, ':root { --ink: #000; }\n');
      await expect(themeAccent(css)).rejects.toThrow(`${css} declares no --accent colour`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws the globe in that colour, as a data: URL', () => {
    const href = faviconHref('#123abc');
    expect(href.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(href)).toContain('stroke="#123abc"');
  });
});
