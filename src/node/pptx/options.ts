import path from 'node:path';
import { parseArgs } from 'node:util';
import { NOTES_LANGUAGES, type NotesLanguage } from './notes.ts';

export const HELP = `Writes the presentation as a PowerPoint file (16:9): every slide as editable text and shapes in the deck's
colours and face, the icons as pictures, the speech in each slide's notes with its planned time.

Usage: npm run pptx [-- options]

  --out DIR        folder for the file (default: pptx)
  --lang LANG      the notes' language: en, ja (the Japanese, 仮訳) or both (default: en); the slides stay English
  -h, --help       this text

Writes NAME.pptx (NAME-ja.pptx, NAME-both.pptx with other notes), NAME being the speech's (its kind and date, as the
PDFs). The file is written whole or not at all; no build or browser is needed.`;

/** A mistake on the command line, said in one line with what to do. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface PptxOptions {
  readonly help: boolean;
  /** Absolute. */
  readonly out: string;
  readonly language: NotesLanguage;
}

const SEE_HELP = '`npm run pptx -- --help` lists the options';

/** Node's own parse errors, said in one line: which argument, and where the options are listed. */
function usageError(error: unknown): UsageError {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const argument = /'([^']*)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${argument}; ${SEE_HELP}.`);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return new UsageError(`unexpected argument "${argument}"; options start with --, and ${SEE_HELP}.`);
  }
  return new UsageError(`${message.split('\n')[0] ?? ''}; ${SEE_HELP}.`);
}

/** The command line's options; `--out` is relative to the working folder. */
export function pptxOptions(args: readonly string[]): PptxOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        out: { type: 'string', default: 'pptx' },
        lang: { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw usageError(error);
  }
  const language = NOTES_LANGUAGES.find((code) => code === values.lang.toLowerCase());
  if (language === undefined) {
    throw new UsageError(`--lang wants ${NOTES_LANGUAGES.join(', ')}, not "${values.lang}".`);
  }
  return { help: values.help, out: path.resolve(values.out), language };
}
