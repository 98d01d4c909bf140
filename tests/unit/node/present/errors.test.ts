import { describe, expect, it } from 'vitest';
import { presentErrorMessage } from '../../../../src/node/present/errors.ts';

const failure = (fields: Record<string, string>) => Object.assign(new Error('raw message'), fields);

describe('what a failure to start means, in one line', () => {
  it('names the folder where the talk could not be kept, and what to do', () => {
    const message = presentErrorMessage(
      failure({ code: 'EACCES', syscall: 'open', path: '/home/ada/.config/speech-deck/present.json' }),
      '0.0.0.0',
      8080,
    );
    expect(message).toBe(
      'cannot keep the talk in /home/ada/.config/speech-deck/present.json (EACCES): set SPEECH_DECK_STATE_DIR to a folder you own.',
    );
  });

  it('keeps a port that needs privileges apart from a file that cannot be written', () => {
    expect(presentErrorMessage(failure({ code: 'EACCES', syscall: 'listen' }), '0.0.0.0', 80)).toBe(
      'port 80 needs privileges: choose one above 1023 with --port.',
    );
    expect(presentErrorMessage(failure({ code: 'EADDRINUSE', syscall: 'listen' }), '0.0.0.0', 8080)).toContain(
      'port 8080 is in use',
    );
  });
});
