import { KEYS } from '../keys.ts';

function figure(label: string, content: HTMLElement, className: string): HTMLElement {
  const box = document.createElement('figure');
  box.className = `speaker-preview ${className}`;
  const caption = document.createElement('figcaption');
  caption.textContent = label;
  box.append(caption, content);
  return box;
}

/**
 * The side of the view: the current slide (not beside the slide itself, in the deck's window), the next one as a
 * button that advances, and rehearsal mode's panel. A group, not a landmark: beside the slide, the view shares a
 * page whose deck is an application.
 */
export function sidePanel(parts: {
  readonly now: HTMLElement | undefined;
  readonly next: HTMLElement;
  readonly rehearsal: HTMLElement;
  readonly advance: () => void;
}): HTMLElement {
  const side = document.createElement('div');
  side.className = 'speaker-side';
  side.setAttribute('role', 'group');
  side.setAttribute('aria-label', 'Slides');
  const nextButton = document.createElement('button');
  nextButton.type = 'button';
  nextButton.className = 'speaker-next-button';
  nextButton.append(parts.next);
  nextButton.addEventListener('click', parts.advance);
  if (parts.now !== undefined) side.append(figure('Now', parts.now, 'speaker-preview-now'));
  side.append(figure('Next (click to advance)', nextButton, 'speaker-preview-next'), parts.rehearsal);
  return side;
}

/** The keys, always in sight at the foot of the view. */
export function keyLine(): HTMLElement {
  const keys = document.createElement('div');
  keys.className = 'speaker-keys';
  keys.innerHTML = KEYS.map(([key, does]) => `<span><kbd>${key}</kbd> ${does}</span>`).join('');
  return keys;
}
