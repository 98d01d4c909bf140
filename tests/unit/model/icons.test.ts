import { describe, expect, it } from 'vitest';
import { iconSvg, isIconName, nearestIconName } from '../../../src/model/icons.ts';

describe('icons', () => {
  it("knows lucide-static's names, exactly as exported", () => {
    expect(isIconName('Radar')).toBe(true);
    expect(isIconName('radar')).toBe(false);
    expect(isIconName('Radr')).toBe(false);
  });

  it('suggests the icon a misspelt name meant, and nothing for a name far from any', () => {
    expect(nearestIconName('Radr')).toBe('Radar');
    expect(nearestIconName('globe')).toBe('Globe');
    expect(nearestIconName('Xyzzyqwertyuiop')).toBeUndefined();
  });

  it('inlines an icon as decorative SVG, sized by CSS, without its licence comment', () => {
    const svg = iconSvg('Radar', 'point-icon');
    expect(svg).toMatch(/^<svg aria-hidden="true" focusable="false"/);
    expect(svg).toContain('class="point-icon"');
    expect(svg).not.toMatch(/<!--|width="24"|height="24"/);
  });
});
