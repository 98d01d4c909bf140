// `npm run pdf [-- options]`: prints the deck to PDF, the slides and the handout. `--help` lists the options.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { speech } from '../slides/speech.ts';
import { BrowserNotFoundError, launchBrowser } from '../src/node/chromium.ts';
import { exportPdf, PDF_KINDS, type PdfKind } from '../src/node/pdf.ts';
import { HANDOUT_LANGUAGES, PAPERS, type HandoutLanguage, type Paper } from '../src/node/pdf/handout.ts';
import { pdfMetadata } from '../src/node/pdf/metadata.ts';
import { buildDeck } from '../src/node/serve.ts';
import { staleBuild } from '../src/node/stale.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'statement-2022-05-19';

const HELP = `Prints the presentation to PDF: the slides (one 16:9 page a slide) and the handout (notes pages: each slide
beside the words spoken over it). Both are tagged, with bookmarks and document information.

Usage: npm run pdf [-- options]

  --out DIR        folder for the PDFs (default: pdf)
  --only KIND      slides or handout (default: both)
  --paper SIZE     the handout's paper: a4 or letter (default: a4)
  --lang LANG      the handout's language: en, ja (the Japanese, 仮訳) or both (default: en)
  --dist DIR       the built deck to print (default: dist); built first if missing or older than its sources
  -h, --help       this text

Writes ${NAME}-slides.pdf and ${NAME}-handout.pdf (-handout-ja.pdf, -handout-both.pdf in the other languages). A file is written whole or not at all.`;

function fail(message: string): never {
  console.error(`pdf: ${message}\n\n${HELP}`);
  process.exit(2);
}

function options() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'pdf' },
      only: { type: 'string' },
      paper: { type: 'string', default: 'a4' },
      lang: { type: 'string', default: 'en' },
      dist: { type: 'string', default: 'dist' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const kinds = values.only === undefined ? PDF_KINDS : PDF_KINDS.filter((kind) => kind === values.only);
  if (kinds.length === 0) fail(`--only wants ${PDF_KINDS.join(' or ')}, not "${values.only}".`);
  const paper = PAPERS.find((size) => size === values.paper.toLowerCase());
  if (paper === undefined) fail(`--paper wants ${PAPERS.join(' or ')}, not "${values.paper}".`);
  const language = HANDOUT_LANGUAGES.find((code) => code === values.lang.toLowerCase());
  if (language === undefined) fail(`--lang wants ${HANDOUT_LANGUAGES.join(', ')}, not "${values.lang}".`);
  return { out: path.resolve(values.out), kinds, paper, language, dist: path.resolve(root, values.dist) };
}

async function main(): Promise<void> {
  const { out, kinds, paper, language, dist } = options();
  const stale = staleBuild(root, dist, ['index.html', 'handout.html']);
  if (stale !== undefined) {
    console.error(`pdf: building ${path.relative(process.cwd(), dist) || '.'} (${stale})`);
    await buildDeck(dist, root);
  }
  const browser = await launchBrowser();
  try {
    // The build works from a folder, so the browser reads it straight from disk: no server.
    const base = pathToFileURL(dist + path.sep).href;
    for (const kind of kinds) await print(browser, base, kind, out, { paper, language });
  } finally {
    await browser.close();
  }
}

async function print(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  base: string,
  kind: PdfKind,
  out: string,
  { paper, language }: { readonly paper: Paper; readonly language: HandoutLanguage },
): Promise<void> {
  const suffix = kind === 'handout' && language !== 'en' ? `-${language}` : '';
  const file = path.join(out, `${NAME}-${kind}${suffix}.pdf`);
  const what = kind === 'handout' ? `the handout (${paper === 'a4' ? 'A4' : 'Letter'})` : 'the slides';
  console.error(`pdf: printing ${what}…`);
  const started = performance.now();
  const metadata = {
    ...pdfMetadata(speech, kind),
    ...(kind === 'handout' && language === 'ja' ? { language: 'ja' } : {}),
  };
  const done = await exportPdf(browser, base, { kind, file, paper, language, metadata });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${path.relative(process.cwd(), done.file)} (${Math.round(done.bytes / 1024)} KB, ${seconds} s)`);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof BrowserNotFoundError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
