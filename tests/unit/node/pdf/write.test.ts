import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWhole } from '../../../../src/node/pdf/write.ts';

describe('writeWhole', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'write-whole-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('replaces the file and leaves nothing else behind', async () => {
    const file = path.join(folder, 'out', 'a.pdf');
    await writeWhole(file, new TextEncoder().encode('new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(path.dirname(file))).toEqual(['a.pdf']);
  });

  it('leaves what was there, and no partial file, when the file cannot be put in place', async () => {
    // A folder with a file in it where the PDF should go: the rename over it fails.
    const target = path.join(folder, 'slides.pdf');
    mkdirSync(target);
    writeFileSync(path.join(target, 'kept'), 'kept');
    await expect(writeWhole(target, new TextEncoder().encode('new'))).rejects.toThrow();
    expect(readFileSync(path.join(target, 'kept'), 'utf8')).toBe('kept');
    expect(readdirSync(folder)).toEqual(['slides.pdf']);
  });
});
