import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TRANSLATION, loadDeckSources } from '../../../src/node/deck-sources.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const files = { outline: 'slides/speech.ts', theme: 'src/client/theme/palette.css' };

describe('loadDeckSources', () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'deck-sources-'));
  afterAll(() => {
    rmSync(empty, { recursive: true, force: true });
  });

  it('loads the outline, the accent and the project’s translation, validated against the outline', async () => {
    const sources = await loadDeckSources(ROOT, {
      ...files,
      translation: DEFAULT_TRANSLATION,
      translationRequired: false,
    });
    expect(sources.speech.titleBlock.speaker).toContain('Khare');
    expect(sources.accent).not.toBe('');
    expect(sources.translation?.lang).toBe('ja');
  });

  it('is English only with translation: false, or without a file at the default path', async () => {
    const off = await loadDeckSources(ROOT, { ...files, translation: false, translationRequired: true });
    expect(off.translation).toBeUndefined();
    const missing = path.relative(ROOT, path.join(empty, 'ja.ts'));
    const none = await loadDeckSources(ROOT, { ...files, translation: missing, translationRequired: false });
    expect(none.translation).toBeUndefined();
  });

  it('fails when a translation named in the options is missing', async () => {
    const missing = path.relative(ROOT, path.join(empty, 'ja.ts'));
    await expect(
      loadDeckSources(ROOT, { ...files, translation: missing, translationRequired: true }),
    ).rejects.toThrow();
  });
});
