// What every command of ours shares (`npm run pdf`, `npm run present`): its options parsed by node:util's parseArgs,
// `--help`, and a failure said in one line (what went wrong, what to do) with an exit code that names its kind, as
// marp-cli's CLIError does. A stack never reaches the person who typed the command.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Exit codes by kind of failure; a script or CI can tell a typo from a missing browser without reading the line. */
export const EXIT_CODES = {
  /** Anything not foreseen: the first line of its message. */
  failed: 1,
  /** The command line: an unknown option, a missing or wrong value. */
  usage: 2,
  /** Something of the machine's: no browser, a folder that cannot be written, a port in use. */
  environment: 3,
  /** The outline or the translation has a mistake (named by slide and field). */
  outline: 4,
} as const;

export type CliErrorCode = keyof typeof EXIT_CODES;

/** A failure said in one line: `message; remedy.`, exiting with the code's number. */
export class CliError extends Error {
  override name = 'CliError';
  readonly code: CliErrorCode;
  readonly remedy: string | undefined;

  constructor(message: string, options: { readonly code?: CliErrorCode; readonly remedy?: string } = {}) {
    super(options.remedy === undefined ? message : `${message.replace(/\.$/, '')}; ${options.remedy}.`);
    this.code = options.code ?? 'failed';
    this.remedy = options.remedy;
  }

  get exitCode(): number {
    return EXIT_CODES[this.code];
  }
}

/** A mistake on the command line (exit 2); its remedy, where the line itself gives none, is the command's help. */
export class UsageError extends CliError {
  override name = 'UsageError';

  constructor(message: string, remedy?: string) {
    super(message, { code: 'usage', ...(remedy === undefined ? {} : { remedy }) });
  }
}

/** Where the options of `npm run NAME` are listed. */
export const seeHelp = (command: string): string => `\`npm run ${command} -- --help\` lists the options`;

/** Node's own parse errors, said in one line: which argument, and where the options are listed. */
function usageError(command: string, error: unknown): UsageError {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const argument = /'([^']*)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${argument}`, seeHelp(command));
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return new UsageError(`unexpected argument "${argument}"; options start with --, and ${seeHelp(command)}`);
  }
  return new UsageError(message.split('\n')[0] ?? '', seeHelp(command));
}

/** Every command's `-h, --help`, declared here once. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * The command line's options, strictly: an unknown option or a stray argument is a UsageError naming it. `help` is
 * always declared; the caller prints its help text when it is set.
 */
export function commandLine<const T extends OptionsConfig>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, ...HELP_OPTION },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw usageError(command, error);
  }
}

/** An error class whose message already says what to do, so it is shown whole, with the kind it stands for. */
export type KnownError = readonly [new (...args: never[]) => Error, CliErrorCode];

export interface RunOptions {
  /** Errors of other modules whose messages are fit to show as they are. */
  readonly known?: readonly KnownError[];
  /** True once the command is being stopped on purpose (Ctrl+C): what fails then is no error to report. */
  readonly stopping?: () => boolean;
}

/** The line and exit code for a failure: a CliError or a known error whole, anything else by its first line. */
export function failure(error: unknown, known: readonly KnownError[] = []): { line: string; exitCode: number } {
  if (error instanceof CliError) return { line: error.message, exitCode: error.exitCode };
  const message = error instanceof Error ? error.message : String(error);
  const kind = known.find(([type]) => error instanceof type);
  if (kind !== undefined) return { line: message, exitCode: EXIT_CODES[kind[1]] };
  return { line: message.split('\n')[0] ?? '', exitCode: EXIT_CODES.failed };
}

/** Runs a command's main; a failure is printed as `NAME: line` on stderr and sets the exit code. */
export async function runCommand(command: string, main: () => Promise<void>, options: RunOptions = {}): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (options.stopping?.() === true) return;
    const { line, exitCode } = failure(error, options.known);
    console.error(`${command}: ${line}`);
    process.exitCode = exitCode;
  }
}
