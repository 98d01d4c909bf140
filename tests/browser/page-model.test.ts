import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGE_MODEL_ID, PageModelSchema, type PageModel } from '../../src/model/page-model.ts';
import { cspViolations, deckUrl, ONE_FILE, PROJECTOR, recordCspViolations } from './harness.ts';

const MODEL_PAGES = ['index.html', 'follow.html', 'remote.html', ONE_FILE] as const;

let browser: Browser;
let context: BrowserContext;
let folder = '';
const errors: string[] = [];

beforeAll(async () => {
  browser = await chromium.connect(inject('wsEndpoint'));
  context = await browser.newContext({ viewport: PROJECTOR });
  await recordCspViolations(context);
  context.on('weberror', (error) => errors.push(error.error().message));
  // A copy of the built folder, whose pages the tests may spoil.
  folder = mkdtempSync(path.join(tmpdir(), 'deck-page-model-'));
  cpSync(fileURLToPath(inject('folderUrl')), folder, { recursive: true });
});

afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The page's model as the browser reads it: the text of its JSON data block. */
function modelText(page: Page): Promise<string | null> {
  return page.evaluate((id) => document.getElementById(id)?.textContent ?? null, PAGE_MODEL_ID);
}

describe('the page model in every built page that runs a script', () => {
  it.for(MODEL_PAGES)('%s carries one that parses with the shared schema, and no CSP violation', async (file) => {
    const page = await context.newPage();
    await page.goto(new URL(file, deckUrl()).href);
    await page.waitForLoadState('load');
    const model = v.parse(PageModelSchema, JSON.parse((await modelText(page)) ?? 'null'));
    expect(model.slides.length).toBeGreaterThan(20);
    expect(await page.locator(`script#${PAGE_MODEL_ID}[type="application/json"]`).count()).toBe(1);
    expect(await cspViolations(page)).toEqual([]);
    expect(await page.locator('.page-model-error').count()).toBe(0);
    await page.close();
  });

  it('names the same paragraphs in the speaker view, its page model and the audience page', async () => {
    const page = await context.newPage();
    await page.goto(new URL('follow.html', deckUrl()).href);
    const model = v.parse(PageModelSchema, JSON.parse((await modelText(page)) ?? 'null'));
    const ids = model.slides.flatMap((slide) => slide.paragraphs?.map((paragraph) => paragraph.id) ?? []);
    expect(ids).toContain('diet-1.1');
    for (const lang of ['en', 'tr']) {
      const marked = await page.evaluate(
        (shown) =>
          [...document.querySelectorAll(`.reading-texts > .lang-${shown} > p`)].map(
            (p) => (p as HTMLElement).dataset['paragraph'],
          ),
        lang,
      );
      expect(marked, lang).toEqual(ids);
    }
    await page.goto(new URL('index.html', deckUrl()).href);
    await page.locator('.reveal.ready').waitFor();
    await page.keyboard.press('t');
    await page.locator('.speaker .script-words p').first().waitFor();
    const script = await page.evaluate(() =>
      [...document.querySelectorAll('.speaker .script-words p')].map((p) => (p as HTMLElement).dataset['paragraph']),
    );
    expect(script).toEqual(ids);
    await page.close();
  });
});

/** The built page with its model changed by `spoil`, as a file of the copied folder; its address. */
function spoiled(file: string, spoil: (model: PageModel) => unknown): string {
  const target = path.join(folder, file);
  const html = readFileSync(path.join(fileURLToPath(inject('folderUrl')), file), 'utf8');
  const pattern = new RegExp(`(<script type="application/json" id="${PAGE_MODEL_ID}">)([^<]*)(</script>)`);
  const found = pattern.exec(html);
  if (found === null) throw new Error(`${file} has no page model`);
  const model = v.parse(PageModelSchema, JSON.parse(found[2] ?? ''));
  const json = JSON.stringify(spoil(model)).replace(/</g, '\\u003c');
  writeFileSync(
    target,
    html.replace(pattern, (_, open: string, _json, close: string) => open + json + close),
  );
  return pathToFileURL(target).href;
}

describe('a page whose model was tampered with', () => {
  const longer = (model: PageModel) => ({
    ...model,
    slides: model.slides.map((slide, index) => (index === 2 ? { ...slide, seconds: slide.seconds + 60 } : slide)),
  });

  it('the deck shows one line that says so, and starts nothing', async () => {
    const page = await context.newPage();
    await page.goto(spoiled('index.html', longer));
    const line = page.locator('.page-model-error');
    await line.waitFor();
    expect(await line.textContent()).toMatch(/^This page cannot start: its model is not valid: .+ \(npm run build\)/);
    expect(await line.evaluate((element) => element.getClientRects().length)).toBe(1);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => 'Reveal' in window)).toBe(false);
    expect(await page.locator('.reveal.ready').count()).toBe(0);
    await page.close();
  });

  it('the speaker view (?speaker) and the one file do too', async () => {
    const page = await context.newPage();
    await page.goto(`${spoiled('index.html', longer)}?speaker`);
    await page.locator('.page-model-error').waitFor();
    expect(await page.locator('.speaker').count()).toBe(0);
    await page.goto(spoiled(ONE_FILE, (model) => ({ ...model, slides: 'none' })));
    expect(await page.locator('.page-model-error').textContent()).toContain('its model is not valid at slides');
    expect(await page.evaluate(() => 'Reveal' in window)).toBe(false);
    await page.close();
  });

  it('the audience page and the clicker say so and start nothing', async () => {
    const page = await context.newPage();
    await page.goto(spoiled('follow.html', (model) => ({ ...model, totalWords: model.totalWords + 1 })));
    await page.locator('.page-model-error').waitFor();
    // Nothing started: the status is the page's own, untouched by the live link.
    expect(await page.locator('[data-follow-status]').textContent()).toBe('Connecting…');
    await page.goto(spoiled('remote.html', () => '{}'));
    await page.locator('.page-model-error').waitFor();
    expect(await page.locator('[data-remote-status]').textContent()).toBe('Connecting…');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
    expect(errors).toEqual([]);
  });
});
