import { hallCodes } from './hall-codes.ts';
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
 * button that advances, rehearsal mode's panel, and voice mode's switch (here: the time panel above the script has no
 * room that its changing figures would not take back). A group, not a landmark: beside the slide, the view shares a
 * page whose deck is an application.
 */
export function sidePanel(parts: {
  readonly now: HTMLElement | undefined;
  readonly next: HTMLElement;
  readonly rehearsal: HTMLElement;
  readonly advance: () => void;
  readonly voice: HTMLElement;
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
  if (parts.now !== undefined) {
    // Beside the current slide, in the room its narrower preview leaves: the switch takes no height of its own.
    const top = document.createElement('div');
    top.className = 'speaker-side-now';
    top.append(figure('Now', parts.now, 'speaker-preview-now'), parts.voice);
    side.append(top);
  }
  side.append(figure('Next (click to advance)', nextButton, 'speaker-preview-next'), parts.rehearsal);
  const hall = hallCodes();
  if (hall !== undefined) side.append(hall);
  // Beside the slide, with no current slide shown: under the next one.
  if (parts.now === undefined) side.append(parts.voice);
  return side;
}

/** The keys, always in sight at the foot of the view. */
export function keyLine(): HTMLElement {
  const keys = document.createElement('div');
  keys.className = 'speaker-keys';
  keys.innerHTML = KEYS.map(([key, does]) => `<span><kbd>${key}</kbd> ${does}</span>`).join('');
  return keys;
}
