import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../../src/node/build-inputs.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('PAGES', () => {
  it('names every HTML page at the project’s root, the deck first: the one list the build, the hall and knip read', () => {
    const pages = readdirSync(ROOT).filter((name) => name.endsWith('.html'));
    expect([...PAGES].sort()).toEqual(pages.sort());
    expect(PAGES[0]).toBe('index.html');
  });
});
