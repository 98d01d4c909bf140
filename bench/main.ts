// `npm run bench [-- --loads N]`: times and weighs this deck against a stock reveal.js page with the same slides,
// prints a report, writes the figures to bench/results/latest.json and rewrites the README's block of figures.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { deckModel } from '../src/model/deck.ts';
import { renderDeck } from '../src/model/render.ts';
import { DEFAULT_OUTLINE } from '../src/node/build-inputs.ts';
import { loadOutline } from '../src/node/outline.ts';
import { measure } from './measure.ts';
import { formatReadmeBlock, formatReport, replaceReadmeBlock } from './report.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { loads: { type: 'string', default: '15' } } });
const loads = Number(values.loads);
if (!Number.isInteger(loads) || loads < 1)
  throw new Error(`--loads wants a whole number above 0, not "${values.loads}".`);

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
const readme = path.join(root, 'README.md');
const updated = replaceReadmeBlock(await readFile(readme, 'utf8'), formatReadmeBlock(result));
// Formatted as `npm run lint` wants it, so that a fresh run leaves the tree clean.
await writeFile(readme, await format(updated, { ...(await resolveConfig(readme)), filepath: readme }));

console.log(formatReport(result));
console.log(`\nFigures written to ${path.relative(root, json)}; the README's "Performance" block rewritten.`);
