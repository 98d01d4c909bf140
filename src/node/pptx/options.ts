import path from 'node:path';
import { commandLine, UsageError } from '../cli.ts';
import { NOTES_LANGUAGES, type NotesLanguage } from './notes.ts';

export const HELP = `Writes the presentation as a PowerPoint file (16:9): every slide as editable text and shapes in the deck's
colours and face, the icons as pictures, the speech in each slide's notes with its planned time.

Usage: npm run pptx [-- options]

  --out DIR        folder for the file (default: pptx)
  --lang LANG      the notes' language: en, ja (the Japanese, 仮訳) or both (default: en); with ja and both each
                   slide also shows its Japanese headline under the English
  -h, --help       this text

Writes NAME.pptx (NAME-ja.pptx, NAME-both.pptx with other notes), NAME being the speech's (its kind and date, as the
PDFs). The file is written whole or not at all; no build or browser is needed.`;

export interface PptxOptions {
  readonly help: boolean;
  /** Absolute. */
  readonly out: string;
  readonly language: NotesLanguage;
}

/** The command line's options; `--out` is relative to the working folder. */
export function pptxOptions(args: readonly string[]): PptxOptions {
  const values = commandLine('pptx', args, {
    out: { type: 'string', default: 'pptx' },
    lang: { type: 'string', default: 'en' },
  });
  const language = NOTES_LANGUAGES.find((code) => code === values.lang.toLowerCase());
  if (language === undefined) {
    throw new UsageError(`--lang wants ${NOTES_LANGUAGES.join(', ')}, not "${values.lang}".`);
  }
  return { help: values.help, out: path.resolve(values.out), language };
}
