// Regenerates the README's pictures from the built deck: assets/screenshot.png (one recommendation slide),
// assets/overview.png (six slides on a contact sheet, made with ImageMagick's `montage`) and assets/speaker-view.png
// (the speaker view a little way into the talk).
// Usage: npx tsx scripts/readme-images.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../src/node/chromium.ts';
import { buildDeck, serveBuild } from '../src/node/built-deck.ts';

const ASSETS = path.resolve('assets');
/** The README's lead picture, at a laptop's size to keep the file small. */
const SCREENSHOT = { slide: 'diet-1', width: 1280, height: 720 } as const;
/** Title, a section opener, the timeline, one recommendation of each series, the close. */
const OVERVIEW = ['title', 'challenges', 'japan', 'diet-2', 'kyoto-3', 'conclusion'] as const;

// ImageMagick lays out the contact sheet and reduces the palettes: without it, one line says what to install.
try {
  execFileSync('montage', ['-version'], { stdio: 'ignore' });
} catch {
  console.error(
    'readme-images: needs ImageMagick (montage, convert): apt-get install imagemagick, brew install imagemagick',
  );
  process.exit(3);
}

const work = mkdtempSync(path.join(tmpdir(), 'deck-readme-'));
try {
  const browser = await launchBrowser();
  const served = await serveBuild(await buildDeck(path.join(work, 'dist')));
  try {
    const shoot = async (slide: string, viewport: { width: number; height: number }, file: string) => {
      const page = await browser.newPage({ viewport });
      await page.goto(new URL(`?transition=none&controls=false&progress=false#/${slide}`, served.url).href);
      await page.locator('.reveal.ready').waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: file });
      await page.close();
    };
    await shoot(SCREENSHOT.slide, SCREENSHOT, path.join(ASSETS, 'screenshot.png'));
    const tiles = OVERVIEW.map((slide) => path.join(work, `${slide}.png`));
    for (const [index, slide] of OVERVIEW.entries()) {
      await shoot(slide, { width: 1920, height: 1080 }, tiles[index] ?? '');
    }
    const overview = path.join(ASSETS, 'overview.png');
    execFileSync('montage', [...tiles, '-tile', '3x', '-geometry', '480x270+8+8', '-background', '#d5dde5', overview]);
    // A palette of 128 colours keeps the pictures small without a visible change to flat slides.
    for (const file of [overview, path.join(ASSETS, 'screenshot.png')]) {
      execFileSync('convert', [file, '-depth', '8', '-colors', '128', file]);
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const deck = await context.newPage();
    await deck.goto(new URL('#/salutation', served.url).href);
    await deck.locator('.reveal.ready').waitFor();
    const [view] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('s')]);
    await view.locator('.speaker-status').waitFor();
    // Talk time starts on the first advance: a few seconds into the opening, as a speaker sees it.
    await deck.keyboard.press('ArrowRight');
    await view.waitForTimeout(3000);
    await view.evaluate(() => document.fonts.ready.then(() => undefined));
    await view.screenshot({ path: path.join(ASSETS, 'speaker-view.png') });
    await context.close();
    console.log('assets/screenshot.png, assets/overview.png, assets/speaker-view.png');
  } finally {
    await served.close();
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
