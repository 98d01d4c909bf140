import * as lucide from 'lucide-static';
import type { IconName } from './types.ts';

/** True for the name of an icon that lucide-static exports (`Radar`, not `radar` or `Radr`). */
export function isIconName(name: string): name is IconName {
  return Object.hasOwn(lucide, name);
}

/** Edits (insertions, deletions, substitutions) between two names, ignoring case. */
function distance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let previous = Array.from({ length: y.length + 1 }, (_, index) => index);
  for (let i = 1; i <= x.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution));
    }
    previous = row;
  }
  return previous[y.length] ?? 0;
}

/** The icon a misspelt name most likely meant, if one is within two edits of it. */
export function nearestIconName(name: string): IconName | undefined {
  let best: { name: IconName; edits: number } | undefined;
  for (const candidate of Object.keys(lucide) as IconName[]) {
    const edits = distance(name, candidate);
    if (edits <= 2 && (best === undefined || edits < best.edits)) best = { name: candidate, edits };
  }
  return best?.name;
}

/**
 * An icon's SVG, ready to inline: decorative (hidden from assistive technology, since the text beside it says the
 * same), sized by CSS, and without the package's per-icon licence comment, which would repeat in every slide (the
 * README credits Lucide and its licence).
 */
export function iconSvg(name: IconName, className = 'icon'): string {
  // Validation reports a wrong name with its slide; this names it for a caller that skipped validation.
  if (!isIconName(name)) throw new Error(`"${String(name)}" is not a Lucide icon.`);
  return lucide[name]
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ (width|height)="24"/g, '')
    .replace(/ class="[^"]*"/, ` class="${className}"`)
    .replace('<svg', '<svg aria-hidden="true" focusable="false"')
    .replace(/> </g, '><')
    .trim();
}
