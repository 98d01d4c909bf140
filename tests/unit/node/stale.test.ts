import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleBuild } from '../../../src/node/stale.ts';

describe('staleBuild', () => {
  let root = '';
  const touch = (file: string, seconds: number) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
    utimesSync(path.join(root, file), seconds, seconds);
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'stale-'));
    touch('slides/speech.ts', 1000);
    touch('index.html', 1000);
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('asks for a build when a page is missing', () => {
    expect(staleBuild(root, path.join(root, 'dist'), ['index.html'])).toBe('dist/index.html is missing');
  });

  it('is content with a build newer than every source', () => {
    touch('dist/index.html', 2000);
    expect(staleBuild(root, path.join(root, 'dist'), ['index.html'])).toBeUndefined();
  });

  it('names the source that changed since the build', () => {
    touch('dist/index.html', 2000);
    touch('slides/speech.ts', 3000);
    expect(staleBuild(root, path.join(root, 'dist'), ['index.html'])).toBe('slides changed since the last build');
  });
});
