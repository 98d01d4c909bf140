import type { RevealApi } from 'reveal.js';

/** On the deck's element while its blank screen is white (W or ,) rather than black (B or .). */
const WHITE_SCREEN_CLASS = 'is-white-screen';

const W = 87;
const COMMA = 188;
const ESCAPE = 27;
const WHITE_KEYS = ['w', 'W', ','];
const BLACK_KEYS = ['b', 'B', '.'];

type Keyboard = Record<number, string | ((event: KeyboardEvent) => void)>;

/** The keys by which reveal.js moves the deck (as this deck has them: J is the Japanese headlines). */
const MOVE_KEY = /^(Arrow\w+|Page(Up|Down)|Home|End|Enter|[ hklnp])$/i;

/** What covers the slides for a moment (the audience's QR code): Esc or any advance closes it, and the slides stay. */
const covers = new Set<() => void>();

/** Puts `close` among what covers the slides; returns what takes it off again. */
export function coverSlides(close: () => void): () => void {
  covers.add(close);
  return () => covers.delete(close);
}

/** Closes what covers the slides; whether there was anything. */
function uncover(): boolean {
  if (covers.size === 0) return false;
  for (const close of [...covers]) close();
  return true;
}

/**
 * Next or previous as PowerPoint has it, from the keys, the clicker and the speaker view alike: what covers the
 * slides closes first, and a blank screen shows the slide again; neither moves the deck unseen.
 */
export function advance(deck: RevealApi, direction: 'next' | 'prev'): void {
  if (uncover()) return;
  if (deck.isPaused()) deck.togglePause(false);
  else if (direction === 'next') deck.next();
  else deck.prev();
}

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
  // Before reveal.js's own listener, which blanks on the same key press, and which moves the deck unseen behind
  // what covers it.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const covered = covers.size > 0 && (event.key === 'Escape' || MOVE_KEY.test(event.key));
      if (covered || (deck.isPaused() && MOVE_KEY.test(event.key))) {
        event.preventDefault();
        event.stopPropagation();
        if (!uncover()) deck.togglePause(false);
        return;
      }
      if (deck.isPaused()) return;
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

/** reveal.js's own rows for moving, in either of its navigation modes, replaced by {@link moves} (no slide here has fragments). */
const REVEAL_MOVES = new Set([
  'Next slide',
  'Previous slide',
  'Navigate left',
  'Navigate right',
  'Navigate up',
  'Navigate down',
  'Navigate without fragments',
]);

/**
 * The deck's keys for moving as they work in this window: one row each way (J is the Japanese headlines, not a
 * move). Beside the speaker view (T), ↑ ↓ move its script and P holds talk time, as its key line says.
 */
function moves(split: boolean): (readonly [string, string])[] {
  const p = split ? '' : '  ,  P';
  const rows: (readonly [string, string])[] = [
    [
      `→  ,  ${split ? '' : '↓  ,  '}SPACE  ,  N  ,  L  ,  PgDn`,
      'Next slide (on a blank screen or the QR code: the slide back first)',
    ],
    [`←  ,  ${split ? '' : '↑  ,  '}Shift SPACE${p}  ,  H  ,  K  ,  PgUp`, 'Previous slide'],
  ];
  return split ? [...rows, ['P', 'Holds talk time (speaker view)']] : rows;
}

function row(key: string, does: string): HTMLTableRowElement {
  const element = document.createElement('tr');
  for (const text of [key, does]) element.insertCell().textContent = text;
  return element;
}

/** reveal.js's help lists its own keys: the moves, the blank screens and the overview as this deck has them. */
function relabelHelp(element: HTMLElement): void {
  const table = element.querySelector('.r-overlay-help-content table');
  if (table === null) return;
  const rows = [...table.querySelectorAll('tr')];
  const cells = (line: Element) => [...line.querySelectorAll('td')];
  for (const line of rows) {
    const [key, does] = cells(line);
    const text = key?.textContent.replace(/\s+/g, '') ?? '';
    if (does === undefined || key === undefined) continue;
    if (REVEAL_MOVES.has(does.textContent.trim())) line.remove();
    if (text === 'B,.') does.textContent = 'Black screen (talk time pauses)';
    if (text === 'ESC,O') {
      key.textContent = 'O';
      line.after(row('ESC', 'Closes the help, the QR code or the overview'));
    }
  }
  const black = rows.find((line) => cells(line)[0]?.textContent.replace(/\s+/g, '') === 'B,.');
  const white = row('W  ,  ,', 'White screen (talk time pauses)');
  if (black) black.after(white);
  else table.append(white);
  const first = table.querySelector('tr:has(td)');
  for (const [key, does] of moves(document.documentElement.classList.contains('speaker-split'))) {
    first?.before(row(key, does));
  }
}
