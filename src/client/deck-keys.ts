import type { RevealApi } from 'reveal.js';

/** On the deck's element while its blank screen is white (W or ,) rather than black (B or .). */
const WHITE_SCREEN_CLASS = 'is-white-screen';

const W = 87;
const COMMA = 188;
const ESCAPE = 27;
const WHITE_KEYS = ['w', 'W', ','];
const BLACK_KEYS = ['b', 'B', '.'];

type Keyboard = Record<number, string | ((event: KeyboardEvent) => void)>;

/**
 * The deck's keys as PowerPoint and Keynote users press them: B or . black, W or , white, both reveal.js's pause, so
 * the speaker view sees the screen blank and talk time stops. Esc closes what is open and never opens the overview in
 * front of the audience (O does; many clickers send Esc). For reveal.js's `keyboard` option, which wins over bindings.
 */
export function deckKeyboard(deck: () => RevealApi): Keyboard {
  return {
    [W]: 'togglePause',
    [COMMA]: 'togglePause',
    [ESCAPE]: () => {
      const reveal = deck();
      reveal.toggleHelp(false);
      if (reveal.isOverview()) reveal.toggleOverview(false);
    },
  };
}

/** The blank screen's colour, as the keys that blanked it asked. */
export function blankScreen(deck: RevealApi): 'black' | 'white' {
  return deck.getRevealElement()?.classList.contains(WHITE_SCREEN_CLASS) === true ? 'white' : 'black';
}

/** Colours the blank screen by the key that blanks it, and says so in reveal.js's help overlay (?). */
export function presenterKeys(deck: RevealApi, element: HTMLElement): void {
  // Before reveal.js's own listener, which blanks on the same key press.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || deck.isPaused()) return;
      if (WHITE_KEYS.includes(event.key)) element.classList.add(WHITE_SCREEN_CLASS);
      else if (BLACK_KEYS.includes(event.key)) element.classList.remove(WHITE_SCREEN_CLASS);
    },
    true,
  );
  // Blanked by the speaker view (B there) after a white screen: black again, as B asks.
  deck.on('resumed', () => {
    element.classList.remove(WHITE_SCREEN_CLASS);
  });
  deck.on('showhelp', () => {
    relabelHelp(element);
  });
}

/** reveal.js's help lists its own keys: the blank screens and the overview as this deck has them. */
function relabelHelp(element: HTMLElement): void {
  const table = element.querySelector('.r-overlay-help-content table');
  if (table === null) return;
  const rows = [...table.querySelectorAll('tr')];
  const cells = (row: Element) => [...row.querySelectorAll('td')];
  for (const row of rows) {
    const [key, does] = cells(row);
    const text = key?.textContent.replace(/\s+/g, '') ?? '';
    if (does === undefined || key === undefined) continue;
    if (text === 'B,.') does.textContent = 'Black screen (talk time pauses)';
    if (text === 'ESC,O') key.textContent = 'O';
  }
  const white = document.createElement('tr');
  white.innerHTML = '<td>W  ,  ,</td><td>White screen (talk time pauses)</td>';
  const black = rows.find((row) => cells(row)[0]?.textContent.replace(/\s+/g, '') === 'B,.');
  if (black) black.after(white);
  else table.append(white);
}
