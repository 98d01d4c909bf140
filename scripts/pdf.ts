// `npm run pdf [-- options]`: prints the deck to PDF, the slides and the handout. `--help` lists the options.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { deckModel, type DeckModel } from '../src/model/deck.ts';
import { OutlineError } from '../src/model/problems.ts';
import { runCommand, type KnownError } from '../src/node/cli.ts';
import { BrowserNotFoundError, chromiumPath, launchBrowser, NotChromiumError } from '../src/node/chromium.ts';
import { checkOutDir, OutDirError, shownPath } from '../src/node/out-dir.ts';
import { exportPdf, type PdfKind } from '../src/node/pdf.ts';
import type { HandoutLanguage, Paper } from '../src/node/pdf/handout.ts';
import { pdfMetadata } from '../src/node/pdf/metadata.ts';
import { HELP, pdfOptions } from '../src/node/pdf/options.ts';
import { loadOutline } from '../src/node/outline.ts';
import { prepareOutFolder } from '../src/node/pdf/out-folder.ts';
import { DEFAULT_OUTLINE } from '../src/node/build-inputs.ts';
import { buildDeck } from '../src/node/built-deck.ts';
import { staleBuild } from '../src/node/stale.ts';
import { onStop } from '../src/node/stop-signals.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The browser, from the moment its launch starts: a stop during the launch waits for it, then closes it. */
let browser: Promise<Browser> | undefined;
/** Aborted once a signal asks the export to stop. */
const stopping = new AbortController();

/**
 * Ctrl+C, SIGTERM (to npm too: see onStop) closes the browser, which ends the print in progress and removes the
 * browser's temporary profile, then exits: a file being written goes with the process (write.ts).
 */
onStop((reason) => {
  stopping.abort();
  console.error(`pdf: stopped (${reason}); no PDF was half-written.`);
  const code = reason === 'SIGINT' ? 130 : 143;
  void Promise.resolve(browser)
    .then((launched) => launched?.close())
    .catch(() => undefined)
    .finally(() => process.exit(code));
});

/** Each check in one line, before anything slow: the options, both folders, the browser. */
async function prepare() {
  const options = pdfOptions(process.argv.slice(2), root);
  if (options.help) return { ...options, executablePath: '' };
  try {
    prepareOutFolder(options.out);
  } catch (error) {
    throw error instanceof OutDirError ? new OutDirError(`--out ${error.message}`) : error;
  }
  try {
    checkOutDir(options.dist, root);
  } catch (error) {
    throw error instanceof OutDirError ? new OutDirError(`--dist ${error.message}`) : error;
  }
  return { ...options, executablePath: await chromiumPath() };
}

async function main(): Promise<void> {
  const { help, out, kinds, paper, language, dist, executablePath } = await prepare();
  if (help) {
    console.log(HELP);
    return;
  }
  const stale = staleBuild(root, dist, ['index.html', 'handout.html']);
  if (stale !== undefined) {
    console.error(`pdf: building ${shownPath(dist)} (${stale})`);
    await buildDeck(dist, root);
  }
  // Our own signal handlers, not Playwright's: they exit only once the browser is closed.
  const model = deckModel(await loadOutline(path.join(root, DEFAULT_OUTLINE)));
  browser = launchBrowser({ executablePath, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  const launched = await browser;
  try {
    // The build works from a folder, so the browser reads it straight from disk: no server.
    const base = pathToFileURL(dist + path.sep).href;
    for (const kind of kinds) await print(launched, base, { model, kind, out, paper, language });
  } finally {
    await launched.close();
  }
}

interface PrintJob {
  readonly model: DeckModel;
  readonly kind: PdfKind;
  readonly out: string;
  readonly paper: Paper;
  readonly language: HandoutLanguage;
}

async function print(browser: Browser, base: string, job: PrintJob): Promise<void> {
  const { model, kind, out, paper, language } = job;
  const suffix = language === 'en' ? '' : `-${language}`;
  const file = path.join(out, `${model.outputName}-${kind}${suffix}.pdf`);
  const what = kind === 'handout' ? `the handout (${paper === 'a4' ? 'A4' : 'Letter'})` : 'the slides';
  const headlines = kind === 'slides' && language !== 'en' ? ' with the Japanese headlines' : '';
  console.error(`pdf: printing ${what}${headlines}…`);
  const started = performance.now();
  const metadata = {
    ...pdfMetadata(model, kind),
    // The Japanese handout's document language; the bilingual one reads as English with Japanese blocks.
    ...(kind === 'handout' && language === 'ja' ? { language: 'ja' } : {}),
  };
  const done = await exportPdf(browser, base, { kind, file, paper, language, metadata });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${shownPath(done.file)} (${Math.round(done.bytes / 1024)} KB, ${seconds} s)`);
}

/** Errors that say what went wrong and what to do, shown as they are, with the kind of failure each stands for. */
const KNOWN: readonly KnownError[] = [
  [OutDirError, 'environment'],
  [BrowserNotFoundError, 'environment'],
  [NotChromiumError, 'environment'],
  [OutlineError, 'outline'],
];

// Once stopping, the print in progress fails as its browser closes: that is no error to report.
await runCommand('pdf', main, { known: KNOWN, stopping: () => stopping.signal.aborted });
