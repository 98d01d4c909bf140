import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError, commandLine, EXIT_CODES, failure, runCommand, UsageError } from '../../../src/node/cli.ts';

class FolderError extends Error {}

describe('commandLine', () => {
  const OPTIONS = { out: { type: 'string', default: 'pdf' }, pair: { type: 'boolean', default: false } } as const;

  it('parses the declared options and always -h, --help', () => {
    expect(commandLine('pdf', ['--out', 'x', '--pair'], OPTIONS)).toEqual({ out: 'x', pair: true, help: false });
    expect(commandLine('pdf', ['-h'], OPTIONS).help).toBe(true);
  });

  it('refuses an unknown option, a stray argument and a missing value as usage errors naming the help', () => {
    expect(() => commandLine('pdf', ['--frobnicate'], OPTIONS)).toThrow(
      'unknown option --frobnicate; `npm run pdf -- --help` lists the options.',
    );
    expect(() => commandLine('pdf', ['slides'], OPTIONS)).toThrow(/^unexpected argument "slides"; options start/);
    expect(() => commandLine('present', ['--out'], OPTIONS)).toThrow(
      /`npm run present -- --help` lists the options\.$/,
    );
    expect(() => commandLine('pdf', ['--frobnicate'], OPTIONS)).toThrow(UsageError);
  });
});

describe('failure', () => {
  it('says a CliError whole, remedy after the message, with its code’s exit code', () => {
    const error = new CliError('port 80 is in use.', { code: 'environment', remedy: 'choose another with --port' });
    expect(failure(error)).toEqual({ line: 'port 80 is in use; choose another with --port.', exitCode: 3 });
    expect(failure(new UsageError('--port wants a number')).exitCode).toBe(EXIT_CODES.usage);
  });

  it('says a known error whole with its kind, and anything else by its first line only, exiting 1', () => {
    const known = [[FolderError, 'environment']] as const;
    expect(failure(new FolderError('a\nb'), known)).toEqual({ line: 'a\nb', exitCode: 3 });
    expect(failure(new Error('boom\n    at stack'), known)).toEqual({ line: 'boom', exitCode: 1 });
  });
});

describe('runCommand', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('prints one line prefixed with the command and sets the exit code; nothing while stopping', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await runCommand('pdf', () => Promise.reject(new UsageError('--only wants slides or handout')));
    expect(errors.mock.calls).toEqual([['pdf: --only wants slides or handout']]);
    expect(process.exitCode).toBe(2);
    process.exitCode = undefined;
    await runCommand('pdf', () => Promise.reject(new Error('closed')), { stopping: () => true });
    expect(errors).toHaveBeenCalledTimes(1);
    expect(process.exitCode).toBeUndefined();
  });
});
