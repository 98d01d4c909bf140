import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { revealCssTrim } from '../../../src/node/reveal-css-plugin.ts';

const REVEAL_CSS = path.resolve(import.meta.dirname, '../../../node_modules/reveal.js/dist/reveal.css');

/** The plugin's transform, called as Vite would, with `this.error` throwing as Vite's does. */
function transform(code: string, id: string): { code: string } | undefined {
  const hook = revealCssTrim().transform;
  if (typeof hook !== 'function') throw new Error('The plugin has no transform hook.');
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  return Reflect.apply(hook, context, [code, id]) as { code: string } | undefined;
}

describe("reveal.js's stylesheet, trimmed", () => {
  it('keeps every rule of the installed reveal.js but the link preview spinner’s image', () => {
    const css = readFileSync(REVEAL_CSS, 'utf8');
    const trimmed = transform(css, REVEAL_CSS)?.code ?? '';
    expect(css).toContain('data:image/gif');
    expect(trimmed).not.toContain('data:image/gif');
    expect(trimmed).toMatch(/\.r-overlay-spinner\s*\{[^}]*visibility:\s*hidden/);
    // Nothing else goes: the two stylesheets differ by the image's declaration alone.
    expect(css.length - trimmed.length).toBeGreaterThan(4000);
    expect(trimmed.replace(/\s/g, '')).toBe(
      css.replace(/background-image:\s*url\(data:image\/gif;base64,[^)]*\);?/, '').replace(/\s/g, ''),
    );
  });

  it('leaves every other stylesheet alone', () => {
    expect(transform('.r-overlay-spinner{background-image:url(data:image/gif;base64,AA)}', '/src/theme.css')).toBe(
      undefined,
    );
  });

  it('fails the build, naming itself, when a new reveal.js has no spinner image to leave out', () => {
    expect(() => transform('.reveal{color:red}', REVEAL_CSS)).toThrow(/src\/node\/reveal-css-plugin\.ts/);
  });
});
