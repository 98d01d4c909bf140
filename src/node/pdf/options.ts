import path from 'node:path';
import { HANDOUT_LANGUAGES, PAPERS, type HandoutLanguage, type Paper } from './handout.ts';
import { PDF_KINDS, type PdfKind } from '../pdf.ts';
import { commandLine, UsageError } from '../cli.ts';

export const HELP = `Prints the presentation to PDF: the slides (one 16:9 page a slide) and the handout (notes pages: each slide
beside the words spoken over it). Both are tagged, with bookmarks and document information.

Usage: npm run pdf [-- options]

  --out DIR        folder for the PDFs (default: pdf)
  --only KIND      slides or handout (default: both)
  --paper SIZE     the handout's paper: a4 or letter (default: a4)
  --lang LANG      en, ja (the Japanese, 仮訳) or both (default: en): the handout in that language, and in ja
                   and both the slides with each Japanese headline under the English
  --dist DIR       the built deck to print (default: dist); built first if missing or older than its sources. It must
                   be new, empty or a build of this project: a build replaces the folder's files.
  -h, --help       this text

Writes NAME-slides.pdf and NAME-handout.pdf (NAME-slides-ja.pdf, NAME-handout-ja.pdf and so on in the others),
NAME being the speech's (its kind and date, as the one-file deck). A file is written whole or not at all.`;

export interface PdfOptions {
  readonly help: boolean;
  /** Absolute. */
  readonly out: string;
  readonly kinds: readonly PdfKind[];
  readonly paper: Paper;
  readonly language: HandoutLanguage;
  /** Absolute. */
  readonly dist: string;
}

/** The command line's options: `--out` is relative to the working folder, `--dist` to the project's. */
export function pdfOptions(args: readonly string[], root: string): PdfOptions {
  const values = commandLine('pdf', args, {
    out: { type: 'string', default: 'pdf' },
    only: { type: 'string' },
    paper: { type: 'string', default: 'a4' },
    lang: { type: 'string', default: 'en' },
    dist: { type: 'string', default: 'dist' },
  });
  const kinds = values.only === undefined ? PDF_KINDS : PDF_KINDS.filter((kind) => kind === values.only);
  if (kinds.length === 0) throw new UsageError(`--only wants ${PDF_KINDS.join(' or ')}, not "${values.only}".`);
  const paper = PAPERS.find((size) => size === values.paper.toLowerCase());
  if (paper === undefined) throw new UsageError(`--paper wants ${PAPERS.join(' or ')}, not "${values.paper}".`);
  const language = HANDOUT_LANGUAGES.find((code) => code === values.lang.toLowerCase());
  if (language === undefined) {
    throw new UsageError(`--lang wants ${HANDOUT_LANGUAGES.join(', ')}, not "${values.lang}".`);
  }
  const out = path.resolve(values.out);
  return { help: values.help, out, kinds, paper, language, dist: path.resolve(root, values.dist) };
}
