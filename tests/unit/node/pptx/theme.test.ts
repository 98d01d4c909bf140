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

/** A copy of the project's theme folder whose palette (or `file`) is edited by `edit`. */
function themeWith(edit: (css: string) => string, file = PALETTE): string {
  const root = mkdtempSync(path.join(work, 'root-'));
  cpSync(path.join(ROOT, 'src/client/theme'), path.join(root, 'src/client/theme'), { recursive: true });
  // The face's package, for the measure: linked, not copied (a junction, which Windows allows without rights).
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'junction');
  const edited = path.join(root, file);
  writeFileSync(edited, edit(readFileSync(edited, 'utf8')));
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

  it("takes the Japanese headline's face, size, colour and spacing from deck-ja.css and font-ja.css", async () => {
    const { japanese, sizes, colours } = await loadTheme(ROOT);
    expect(japanese).toEqual({
      face: 'Noto Serif JP',
      size: sizes['text-read'],
      colour: colours['ink-soft'],
      lineHeight: 1.35,
      above: 0.25 * sizes['text-read'],
      below: 0.5 * sizes['text-read'],
      tracking: 0.02,
    });
    const bigger = await loadTheme(
      themeWith(
        (css) => css.replace('font-size: var(--text-read);', 'font-size: var(--text-point);'),
        'src/client/theme/deck-ja.css',
      ),
    );
    expect(bigger.japanese.size).toBe(sizes['text-point']);
    const root = themeWith((css) => css.replace(/color: var\(--ink-soft\);/, ''), 'src/client/theme/deck-ja.css');
    await expect(loadTheme(root)).rejects.toThrow('src/client/theme/deck-ja.css gives .reveal .headline-ja no color;');
  });

  it("measures text with the deck's face: wider for more, capitals wider than small letters", async () => {
    const { measure } = await loadTheme(ROOT);
    expect(measure('Kyoto')).toBeGreaterThan(2);
    expect(measure('Kyoto Kyoto')).toBeGreaterThan(2 * measure('Kyoto'));
    expect(measure('NISHIDA')).toBeGreaterThan(measure('nishida'));
  });
});
