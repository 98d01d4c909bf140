// `npm run bench [-- --loads N]`: times and weighs this deck against a stock reveal.js page with the same slides,
// prints a report, writes the figures to bench/results/latest.json and rewrites the figures of docs/performance.md.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { deckModel } from '../src/model/deck.ts';
import { renderDeck } from '../src/model/render.ts';
import { DEFAULT_OUTLINE } from '../src/node/build-inputs.ts';
import { commandLine, runCommand, UsageError } from '../src/node/cli.ts';
import { loadOutline } from '../src/node/outline.ts';
import { measure } from './measure.ts';
import { FIGURES_PAGE, formatFiguresBlock, formatReport, replaceFiguresBlock } from './report.ts';

const root = path.resolve(import.meta.dirname, '..');

const HELP = `Times and weighs the deck against a stock reveal.js 6 page with the same slides, both served from 127.0.0.1.

Usage: npm run bench [-- options]

  --loads N        cold loads of each page (default: 15; take 60 on a quiet machine before relying on a ratio)
  -h, --help       this text

Prints a report, writes the figures to bench/results/latest.json and rewrites the figures of ${FIGURES_PAGE}.`;

async function main(): Promise<void> {
  const values = commandLine('bench', process.argv.slice(2), { loads: { type: 'string', default: '15' } });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const loads = Number(values.loads);
  if (!/^\d+$/.test(values.loads) || loads < 1)
    throw new UsageError(`--loads wants a whole number above 0, not "${values.loads}".`);

  // The outline as the build reads it: through the same loader as the Vite plugin.
  const speech = await loadOutline(path.join(root, DEFAULT_OUTLINE));
  const model = deckModel(speech);
  const result = await measure({
    root,
    loads,
    deck: { title: model.title.document, html: renderDeck(model) },
    oneFile: `${model.outputName}.html`,
    progress: (message) => {
      console.error(`bench: ${message}`);
    },
  });

  const json = path.join(root, 'bench/results/latest.json');
  await mkdir(path.dirname(json), { recursive: true });
  await writeFile(json, JSON.stringify(result, null, 2) + '\n');
  const page = path.join(root, FIGURES_PAGE);
  const updated = replaceFiguresBlock(await readFile(page, 'utf8'), formatFiguresBlock(result));
  // Formatted as `npm run lint` wants it, so that a fresh run leaves the tree clean.
  await writeFile(page, await format(updated, { ...(await resolveConfig(page)), filepath: page }));

  console.log(formatReport(result));
  console.log(`\nFigures written to ${path.relative(root, json)} and ${FIGURES_PAGE}.`);
}

await runCommand('bench', main);
