import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicyPlugin } from '../../src/node/csp-plugin.ts';
import { speechDeck } from '../../src/node/vite-plugin.ts';
import { cspViolations, recordCspViolations } from './harness.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A script that reaches the page at build time without being the build's own: a stray plugin, a bad outline. */
const foreignScript: Plugin = {
  name: 'test:foreign-script',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      html.replace('</body>', () => `<script>document.documentElement.dataset.foreign = 'ran';</script></body>`),
  },
};

describe('the Content-Security-Policy against a script the build did not emit', () => {
  let outDir = '';
  let browser: Browser;
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'deck-foreign-script-'));
    // The deck's own page plugins (vite.config.ts), with the foreign script added to the page before it is inlined.
    await build({
      root: ROOT,
      base: './',
      configFile: false,
      logLevel: 'silent',
      plugins: [
        speechDeck(),
        foreignScript,
        viteSingleFile({ removeViteModuleLoader: true }),
        contentSecurityPolicyPlugin(),
      ],
      build: { outDir, emptyOutDir: true, target: 'es2022', rolldownOptions: { input: path.join(ROOT, 'index.html') } },
    });
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterAll(async () => {
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('is refused by Chromium with a violation, while the deck’s own script runs', async () => {
    const context = await browser.newContext();
    await recordCspViolations(context);
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    await page.goto(pathToFileURL(path.join(outDir, 'index.html')).href);
    await page.locator('.reveal.ready').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset['foreign'])).toBeUndefined();
    expect(await cspViolations(page)).toEqual(['script-src-elem inline']);
    expect(refused.join('\n')).toMatch(/inline script violates .*Content Security Policy/);
    await context.close();
  });
});
