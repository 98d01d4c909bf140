// Prints the deck to PDF: the slides, one page each, and the handout (the full text on A4).
// Usage: npm run pdf [-- --out DIR]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BrowserNotFoundError, launchBrowser } from '../src/node/chromium.ts';
import { exportPdf } from '../src/node/pdf.ts';
import { buildDeck, serveBuild } from '../src/node/serve.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'pdf' } } });
const out = path.resolve(values.out);
const build = mkdtempSync(path.join(tmpdir(), 'deck-pdf-'));

try {
  const browser = await launchBrowser();
  const served = await serveBuild(await buildDeck(build));
  try {
    for (const kind of ['slides', 'handout'] as const) {
      const { file } = await exportPdf(browser, served.url, kind, path.join(out, `statement-2022-05-19-${kind}.pdf`));
      console.log(`${kind}: ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await served.close();
    await browser.close();
  }
} catch (error) {
  if (!(error instanceof BrowserNotFoundError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  rmSync(build, { recursive: true, force: true });
}
