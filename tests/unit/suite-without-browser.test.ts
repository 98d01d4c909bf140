import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface JsonReport {
  readonly testResults: readonly { readonly name: string; readonly status: string }[];
}

// The suite on a machine without a browser: CHROME_PATH names none, and PATH holds only Node.
it('runs and passes the unit tests without a browser, and fails the browser tests saying why', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'suite-without-browser-'));
  try {
    const report = path.join(out, 'report.json');
    const args = [
      path.join(ROOT, 'node_modules/vitest/vitest.mjs'),
      'run',
      'tests/unit',
      'tests/browser/boot.test.ts',
      '--exclude',
      'tests/unit/suite-without-browser.test.ts',
      '--reporter=json',
      `--outputFile=${report}`,
    ];
    const env = { PATH: path.dirname(process.execPath), CHROME_PATH: '/nowhere/chromium', HOME: out };
    const code = await new Promise<number>((resolve) => {
      execFile(process.execPath, args, { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 }, (error) => {
        resolve(error === null ? 0 : Number(error.code));
      });
    });
    const text = readFileSync(report, 'utf8');
    const { testResults } = JSON.parse(text) as JsonReport;
    const files = (folder: string) => testResults.filter((file) => file.name.startsWith(path.join(ROOT, folder)));
    expect(files('tests/unit').length).toBeGreaterThan(5);
    for (const file of files('tests/unit')) expect(file.status, file.name).toBe('passed');
    expect(files('tests/browser').map((file) => file.status)).toEqual(['failed']);
    expect(text).toContain('No Chromium or Chrome was found');
    expect(text).toContain('CHROME_PATH=/nowhere/chromium (no such executable file)');
    expect(text).toContain('apt-get install -y chromium');
    expect(code).toBe(1);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 300_000);
