// `npm run pptx [-- options]`: writes the deck as an editable PowerPoint file, the speech in its notes. `--help` lists
// the options.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OutlineError } from '../src/model/problems.ts';
import { DEFAULT_OUTLINE } from '../src/node/build-inputs.ts';
import { runCommand, type KnownError } from '../src/node/cli.ts';
import { OutDirError, shownPath } from '../src/node/out-dir.ts';
import { prepareOutFolder } from '../src/node/pdf/out-folder.ts';
import { writeWhole } from '../src/node/pdf/write.ts';
import { HELP, pptxOptions } from '../src/node/pptx/options.ts';
import { ThemeError } from '../src/node/pptx/theme.ts';
import { onStop } from '../src/node/stop-signals.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const { help, out, language } = pptxOptions(process.argv.slice(2));
  if (help) {
    console.log(HELP);
    return;
  }
  try {
    prepareOutFolder(out, 'the PowerPoint file');
  } catch (error) {
    throw error instanceof OutDirError ? new OutDirError(`--out ${error.message}`) : error;
  }
  const started = performance.now();
  // Loaded once the options are known to be right: --help and a mistake answer at once.
  const [{ deckModel }, { DEFAULT_TRANSLATION }, { loadOutline }, { pptxFile }, { loadTheme }, { loadTranslation }] =
    await Promise.all([
      import('../src/model/deck.ts'),
      import('../src/node/deck-sources.ts'),
      import('../src/node/outline.ts'),
      import('../src/node/pptx/presentation.ts'),
      import('../src/node/pptx/theme.ts'),
      import('../src/node/translation.ts'),
    ]);
  const speech = await loadOutline(path.join(root, DEFAULT_OUTLINE));
  const translation =
    language === 'en' ? undefined : await loadTranslation(path.join(root, DEFAULT_TRANSLATION), speech);
  const model = deckModel(speech);
  const bytes = await pptxFile({ model, theme: await loadTheme(root), language, translation });
  const file = path.join(out, `${model.outputName}${language === 'en' ? '' : `-${language}`}.pptx`);
  await writeWhole(file, bytes);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${shownPath(file)} (${Math.round(bytes.length / 1024)} KB, ${model.slides.length} slides, ${seconds} s)`,
  );
}

/** Errors that say what went wrong and what to do, shown as they are, with the kind of failure each stands for. */
const KNOWN: readonly KnownError[] = [
  [OutDirError, 'environment'],
  [OutlineError, 'outline'],
  [ThemeError, 'failed'],
];

/**
 * Ctrl+C, SIGTERM (to npm too: see onStop) exits at once, through Node's exit, so that a file being written goes
 * with the process (writeWhole removes its temporary file) and the last good one stays.
 */
onStop((reason) => {
  console.error(`pptx: stopped (${reason}); no file was half-written.`);
  process.exit(reason === 'SIGINT' ? 130 : 143);
});

await runCommand('pptx', main, { known: KNOWN });
