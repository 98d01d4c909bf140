import { codeElement } from '../channel/join-code.ts';

/** How long the deck asks before it lets the question go (the view asks again a little later). */
const ASK_MS = 20_000;

function notice(className: string, role: string): HTMLElement {
  document.querySelector('.join-prompt')?.remove();
  const element = document.createElement('div');
  // The look of the deck's other notices (theme/deck/chrome.css).
  element.className = `popup-blocked join-prompt ${className}`;
  element.setAttribute('role', role);
  return element;
}

/**
 * Asks the speaker, on the deck's screen, whether the speaker view showing `code` may join: Y or the button lets it
 * in; N, Escape or the other button refuses; no answer within a few seconds is no. Keys go no further while it asks.
 */
export function askToJoin(code: string, answer: (accepted: boolean | undefined) => void): () => void {
  const element = notice('join-prompt-ask', 'alertdialog');
  element.setAttribute('aria-labelledby', 'join-prompt-title');
  element.setAttribute('aria-describedby', 'join-prompt-text');
  const title = document.createElement('p');
  title.id = 'join-prompt-title';
  const strong = document.createElement('strong');
  strong.textContent = 'A speaker view asks to join this talk with the code';
  title.append(strong);
  const shown = codeElement(code, 'join-prompt-code');
  const text = document.createElement('p');
  text.id = 'join-prompt-text';
  text.textContent = 'Let it in only if your speaker view shows this same code.';
  const accept = document.createElement('button');
  accept.type = 'button';
  accept.textContent = 'Let it join (Y)';
  const refuse = document.createElement('button');
  refuse.type = 'button';
  refuse.textContent = 'Refuse (N)';
  element.append(title, shown, text, accept, ' ', refuse);

  const done = (accepted: boolean | undefined) => {
    clearTimeout(timer);
    document.removeEventListener('keydown', onKey, true);
    element.remove();
    answer(accepted);
  };
  const onKey = (event: KeyboardEvent) => {
    const key = event.key.toLowerCase();
    if (key !== 'y' && key !== 'n' && key !== 'escape') return;
    event.preventDefault();
    event.stopPropagation();
    done(key === 'y');
  };
  const timer = setTimeout(() => {
    done(undefined);
  }, ASK_MS);
  accept.addEventListener('click', () => {
    done(true);
  });
  refuse.addEventListener('click', () => {
    done(false);
  });
  document.addEventListener('keydown', onKey, true);
  document.body.append(element);
  return () => {
    done(false);
  };
}

/** Says briefly on the deck's screen what became of a request to join. */
export function tellJoin(text: string): void {
  const element = notice('join-prompt-told', 'status');
  const line = document.createElement('p');
  line.textContent = text;
  element.append(line);
  document.body.append(element);
  setTimeout(() => {
    element.remove();
  }, 6000);
}
