// `npm run bench [-- --loads N]`: times and weighs this deck against a stock reveal.js page with the same slides.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { speech } from '../slides/speech.ts';
import { renderDeck } from '../src/deck/render.ts';
import { validateSpeech } from '../src/deck/validate.ts';
import { formatMarkdown } from '../src/node/bench/markdown.ts';
import { formatReport } from '../src/node/bench/report.ts';
import { runBench } from '../src/node/bench/run.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function loadsOption(): number {
  const { values } = parseArgs({ options: { loads: { type: 'string', default: '15' } } });
  const loads = Number(values.loads);
  if (!Number.isInteger(loads) || loads < 1)
    throw new Error(`--loads wants a whole number above 0, not "${values.loads}".`);
  return loads;
}

const result = await runBench({
  root,
  loads: loadsOption(),
  deck: renderDeck(validateSpeech(speech)),
  progress: (message) => {
    console.error(`bench: ${message}`);
  },
});

const json = path.join(root, 'bench', 'results', 'latest.json');
await mkdir(path.dirname(json), { recursive: true });
await writeFile(json, JSON.stringify(result, null, 2) + '\n');

console.log(formatReport(result));
console.log(`\nFigures and machine written to ${path.relative(root, json)}.`);
console.log('\nFor the README, under "Performance":\n');
console.log(formatMarkdown(result));
