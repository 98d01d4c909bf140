import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { themeAccent } from '../../../../src/node/favicon.ts';
import { loadTheme, ThemeError } from '../../../../src/node/pptx/theme.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const PALETTE = 'src/client/theme/palette.css';
const work = mkdtempSync(path.join(tmpdir(), 'pptx-theme-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A copy of the project's theme folder whose palette is edited by `edit`. */
function themeWith(edit: (css: string) => string): string {
  const root = mkdtempSync(path.join(work, 'root-'));
  cpSync(path.join(ROOT, 'src/client/theme'), path.join(root, 'src/client/theme'), { recursive: true });
  // The face's package, for the measure: linked, not copied (a junction, which Windows allows without rights).
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'junction');
  const palette = path.join(root, PALETTE);
  writeFileSync(palette, edit(readFileSync(palette, 'utf8')));
  return root;
}

describe("the PowerPoint theme, read from the deck's stylesheets", () => {
  it("takes the palette's colours, the tokens' type scale and the face of --font", async () => {
    const theme = await loadTheme(ROOT);
    expect(`#${theme.colours.accent}`.toLowerCase()).toBe((await themeAccent(path.join(ROOT, PALETTE))).toLowerCase());
    expect(theme.sizes['text-headline']).toBe(96);
    expect(theme.face).toBe('Source Serif 4');
    expect(theme.fallbackFace).toBe('Georgia');
  });

  it('follows an edited palette, short hex colours included', async () => {
    const theme = await loadTheme(themeWith((css) => css.replace(/--gold: #[0-9a-f]+;/i, '--gold: #a50;')));
    expect(theme.colours.gold).toBe('AA5500');
  });

  it('names the file and the declaration that is missing', async () => {
    const root = themeWith((css) => css.replace(/--gold: #[0-9a-f]+;/i, ''));
    await expect(loadTheme(root)).rejects.toThrow(ThemeError);
    await expect(loadTheme(root)).rejects.toThrow(`${PALETTE} declares no --gold;`);
  });

  it("measures text with the deck's face: wider for more, capitals wider than small letters", async () => {
    const { measure } = await loadTheme(ROOT);
    expect(measure('Kyoto')).toBeGreaterThan(2);
    expect(measure('Kyoto Kyoto')).toBeGreaterThan(2 * measure('Kyoto'));
    expect(measure('NISHIDA')).toBeGreaterThan(measure('nishida'));
  });
});
