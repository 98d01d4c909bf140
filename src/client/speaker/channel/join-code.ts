// The pairing code as both windows show it: the view asking to join (join-view.ts) and the deck asked
// (deck-side/join-prompt.ts), so that the speaker compares the two at a glance.

/** "471 203": two groups of three, read aloud and compared at a glance. */
export function spacedCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/** The code as both windows show it: large, in figures of one width, on a line of its own. */
export function codeElement(code: string, className: string): HTMLElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = spacedCode(code);
  Object.assign(element.style, {
    margin: '8px 0',
    font: '600 56px/1.1 var(--font, serif)',
    letterSpacing: '0.08em',
    fontVariantNumeric: 'tabular-nums',
  });
  return element;
}
