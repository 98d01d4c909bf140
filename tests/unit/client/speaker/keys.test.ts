import { describe, expect, it } from 'vitest';
import { actionFor } from '../../../../src/client/speaker/keys.ts';

/** A key press as the view's handler sees it. */
function press(
  key: string,
  modifiers: Partial<Pick<KeyboardEvent, 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>> = {},
) {
  return { key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...modifiers } as KeyboardEvent;
}

describe('the speaker view keys', () => {
  it('move the slides in a window of its own, as a clicker sends them', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(actionFor(press(key), true)).toBe('next');
    for (const key of ['ArrowLeft', 'PageUp']) expect(actionFor(press(key), true)).toBe('prev');
    expect(actionFor(press(' ', { shiftKey: true }), true)).toBe('prev');
    expect(actionFor(press('Home'), true)).toBe('first');
    expect(actionFor(press('End'), true)).toBe('last');
    expect(actionFor(press('b'), true)).toBe('blank');
    expect(actionFor(press('.'), true)).toBe('blank');
  });

  it('leave the slides to the deck beside the slide, and keep the view its own keys', () => {
    expect(actionFor(press('ArrowRight'), false)).toBeUndefined();
    expect(actionFor(press('b'), false)).toBeUndefined();
    expect(actionFor(press('p'), false)).toBe('pause');
    expect(actionFor(press('+'), false)).toBe('larger');
  });

  it('reset talk time only with Shift+R; R alone is rehearsal mode', () => {
    expect(actionFor(press('R', { shiftKey: true }), true)).toBe('reset');
    expect(actionFor(press('r'), true)).toBe('rehearse');
  });

  it('size the text with + - 0, and switch the scheme with D', () => {
    expect(actionFor(press('='), true)).toBe('larger');
    expect(actionFor(press('-'), true)).toBe('smaller');
    expect(actionFor(press('0'), true)).toBe('default-size');
    expect(actionFor(press('d'), true)).toBe('scheme');
  });

  it('leave every key with Ctrl, Alt or Meta to the browser', () => {
    expect(actionFor(press('r', { ctrlKey: true }), true)).toBeUndefined();
    expect(actionFor(press('ArrowRight', { altKey: true }), true)).toBeUndefined();
    expect(actionFor(press('+', { metaKey: true }), true)).toBeUndefined();
    expect(actionFor(press('x'), true)).toBeUndefined();
  });
});
