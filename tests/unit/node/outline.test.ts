import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutlineError } from '../../../src/deck/validate.ts';
import { loadOutline } from '../../../src/node/outline.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'outline-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function outlineFile(name: string, source: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, source);
  return file;
}

describe('loadOutline', () => {
  it('imports the real outline, valid', async () => {
    const speech = await loadOutline(path.join(ROOT, 'slides/speech.ts'));
    expect(speech.titleBlock.speaker).toBe('Mr. Atul Khare');
  });

  it('says when the module exports no speech', async () => {
    const file = outlineFile('empty.ts', 'export const talk = {};\n');
    await expect(loadOutline(file)).rejects.toThrow(`${file} does not export \`speech\`.`);
  });

  it('rejects an outline with a mistake, with the list of problems', async () => {
    const real = JSON.stringify(path.join(ROOT, 'slides/speech.ts'));
    const file = outlineFile(
      'broken.ts',
      `import { speech as real } from ${real};\nexport const speech = { ...real, titleBlock: { ...real.titleBlock, date: '2022-02-30' } };\n`,
    );
    await expect(loadOutline(file)).rejects.toThrow(OutlineError);
  });
});
