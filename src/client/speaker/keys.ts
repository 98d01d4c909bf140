/** What the speaker can ask of the view from the keyboard. */
export type Action =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'blank'
  | 'pause'
  | 'reset'
  | 'larger'
  | 'smaller'
  | 'default-size'
  | 'scheme'
  | 'rehearse'
  | 'line-back'
  | 'line-on'
  | 'faster'
  | 'slower'
  | 'paced'
  | 'hold'
  | 'mirror'
  | 'voice'
  | 'close';

/** The keys, as the view's key line and docs/presenting.md list them. */
export const KEYS: readonly (readonly [keys: string, does: string])[] = [
  ['→ Space PgDn', 'next'],
  ['← PgUp', 'previous'],
  ['Home End', 'first, last'],
  ['B', 'blank (time pauses)'],
  ['P', 'start, pause time'],
  ['↑ ↓', 'script a line'],
  ['[ ]', 'slower, faster'],
  ['A H', 'scrolling off, hold'],
  ['M V', 'mirror, voice'],
  ['+ − 0', 'text size'],
  ['D', 'dark, light'],
  ['R', 'rehearsal'],
  ['Shift+R', 'reset time'],
];

/**
 * The action a key asks for, or undefined. `navigation` is false in the in-window view, where the deck's own keys
 * move the slides and only the view's keys are the view's.
 */
export function actionFor(event: KeyboardEvent, navigation: boolean): Action | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const view: Partial<Record<string, Action>> = {
    p: 'pause',
    P: 'pause',
    R: event.shiftKey ? 'reset' : 'rehearse',
    r: 'rehearse',
    '+': 'larger',
    '=': 'larger',
    '-': 'smaller',
    _: 'smaller',
    '0': 'default-size',
    d: 'scheme',
    D: 'scheme',
    ArrowUp: 'line-back',
    ArrowDown: 'line-on',
    '[': 'slower',
    ']': 'faster',
    a: 'paced',
    h: 'hold',
    H: 'hold',
    A: 'paced',
    m: 'mirror',
    M: 'mirror',
    v: 'voice',
    V: 'voice',
    // Beside the slide, T closes the view as it opened it; W is the deck's white screen.
    t: 'close',
    T: 'close',
  };
  const deck: Partial<Record<string, Action>> = {
    ArrowRight: 'next',
    PageDown: 'next',
    n: 'next',
    ' ': event.shiftKey ? 'prev' : 'next',
    ArrowLeft: 'prev',
    PageUp: 'prev',
    Home: 'first',
    End: 'last',
    b: 'blank',
    B: 'blank',
    '.': 'blank',
  };
  return view[event.key] ?? (navigation ? deck[event.key] : undefined);
}
