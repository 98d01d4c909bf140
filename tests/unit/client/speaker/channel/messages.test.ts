import { describe, expect, it } from 'vitest';
import { message, readMessage } from '../../../../../src/client/speaker/channel/messages.ts';

const SECRET = 'ab'.repeat(32);

describe('the speaker channel messages', () => {
  it('reads back a message of ours with the pair secret', () => {
    const sent = message({ type: 'command', command: { go: 'slide', index: 3 } }, SECRET);
    expect(readMessage(structuredClone(sent), SECRET)).toEqual(sent);
    const state = message({ type: 'state', state: { index: 0, total: 25, blanked: true } }, SECRET);
    expect(readMessage(state, SECRET)).toEqual(state);
  });

  it('drops a message without the secret, with another one, or when this window holds none', () => {
    const sent = message({ type: 'hello' }, SECRET);
    expect(readMessage({ ...sent, secret: undefined }, SECRET)).toBeUndefined();
    expect(readMessage({ ...sent, secret: 'cd'.repeat(32) }, SECRET)).toBeUndefined();
    expect(readMessage({ ...sent, secret: SECRET.slice(1) }, SECRET)).toBeUndefined();
    expect(readMessage(sent, null)).toBeUndefined();
  });

  it.for([
    ['command: null', { type: 'command', command: null }],
    ['an unknown move', { type: 'command', command: { go: 'elsewhere' } }],
    ['a negative slide', { type: 'command', command: { go: 'slide', index: -1 } }],
    ['a fractional slide', { type: 'command', command: { go: 'slide', index: 1.5 } }],
    ['a slide as a string', { type: 'command', command: { go: 'slide', index: '3' } }],
    ['a state of null', { type: 'state', state: null }],
    ['a state with no slides', { type: 'state', state: { index: 0, total: 0, blanked: false } }],
    ['an unknown type', { type: 'shutdown' }],
  ] as const)('drops a message with %s', ([, body]) => {
    expect(readMessage({ namespace: 'speech-deck/speaker', secret: SECRET, ...body }, SECRET)).toBeUndefined();
  });

  it('drops what is not a message of ours at all', () => {
    for (const data of [null, undefined, 42, 'hello', [], { method: 'slide', args: [12] }]) {
      expect(readMessage(data, SECRET)).toBeUndefined();
    }
  });
});
