import * as lucide from 'lucide-static';
import type { IconName } from './types.ts';

/**
 * An icon's SVG, ready to inline: decorative (hidden from assistive technology, since the text beside it says the
 * same), sized by CSS, and without the package's per-icon licence comment, which would repeat in every slide (the
 * README credits Lucide and its licence).
 */
export function iconSvg(name: IconName, className = 'icon'): string {
  return lucide[name]
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ (width|height)="24"/g, '')
    .replace(/ class="[^"]*"/, ` class="${className}"`)
    .replace('<svg', '<svg aria-hidden="true" focusable="false"')
    .replace(/> </g, '><')
    .trim();
}
