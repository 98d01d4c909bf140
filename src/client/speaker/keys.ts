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
  | 'close';

/** The keys, as the view's key line and the README list them. */
export const KEYS: readonly (readonly [keys: string, does: string])[] = [
  ['→ Space PgDn', 'next slide'],
  ['← PgUp', 'previous'],
  ['Home End', 'first, last'],
  ['B', 'blank screen (talk time pauses)'],
  ['P', 'start, pause, resume talk time'],
  ['+ −', 'text size (0: default)'],
  ['D', 'dark or light'],
  ['R', 'rehearsal'],
  ['Shift+R', 'reset talk time'],
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
    w: 'close',
    W: 'close',
  };
  const deck: Partial<Record<string, Action>> = {
    ArrowRight: 'next',
    ArrowDown: 'next',
    PageDown: 'next',
    n: 'next',
    ' ': event.shiftKey ? 'prev' : 'next',
    ArrowLeft: 'prev',
    ArrowUp: 'prev',
    PageUp: 'prev',
    Home: 'first',
    End: 'last',
    b: 'blank',
    B: 'blank',
    '.': 'blank',
  };
  return view[event.key] ?? (navigation ? deck[event.key] : undefined);
}
