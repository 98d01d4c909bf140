import { describe, expect, it } from 'vitest';
import { notesPopupScriptHashes } from '../../../src/node/notes-popup.ts';

describe('notesPopupScriptHashes', () => {
  it("hashes the one inline script of reveal.js's speaker view page", () => {
    const hashes = notesPopupScriptHashes();
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });
});
