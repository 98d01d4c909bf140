import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalise, openDeck, PROJECTOR, useDeck } from './harness.ts';
import { followed, indexOf, openSpeakerView, slideNamed } from './speaker-harness.ts';

const START = new Date('2022-05-18T18:00:00+09:00').getTime();

/** Seconds the rehearsal spends on each slide, in order. */
const REHEARSED = [
  ['diet-2', 12],
  ['diet-3', 7],
] as const;

describe('rehearsal mode', () => {
  const session = useDeck();
  let context: BrowserContext;
  let deck: Page;
  let view: Page;
  const downloads = mkdtempSync(path.join(tmpdir(), 'rehearsal-'));

  async function saved(download: Promise<Download>): Promise<string> {
    const file = path.join(downloads, (await download).suggestedFilename());
    await (await download).saveAs(file);
    return readFileSync(file, 'utf8');
  }

  const row = (id: string) => view.locator(`.speaker-rehearsal tbody tr[data-slide="${id}"]`);
  const cells = async (id: string) => (await row(id).locator('th, td').allInnerTexts()).map(normalise);

  beforeAll(async () => {
    context = await session.newContext({ viewport: PROJECTOR, reducedMotion: 'reduce' });
    await context.clock.install({ time: START });
    deck = await context.newPage();
    await openDeck(deck, { hash: '#/diet-1' });
    view = await openSpeakerView(context, deck);
    await context.clock.pauseAt(START + 60_000);
  });
  afterAll(async () => {
    await context.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('records the seconds spent on each slide in a table with the plan, the difference and totals', async () => {
    await view.keyboard.press('r');
    await view.locator('.speaker-rehearsal').waitFor();
    await view.keyboard.press('ArrowRight');
    for (const [id, seconds] of REHEARSED) {
      await expect.poll(() => followed(view)).toBe(indexOf(id) + 1);
      await context.clock.runFor(seconds * 1000);
      await view.keyboard.press('ArrowRight');
    }
    await expect.poll(() => followed(view)).toBe(indexOf('diet-4') + 1);
    for (const [id, seconds] of REHEARSED) {
      const slide = slideNamed(id);
      const difference = seconds - slide.timing;
      const sign = difference > 0 ? '+' : '';
      expect(await cells(id)).toEqual([
        String(slide.number),
        `0:${String(slide.timing).padStart(2, '0')}`,
        `0:${String(seconds).padStart(2, '0')}`,
        `${sign}${difference < 0 ? '-' : ''}0:${String(Math.abs(difference)).padStart(2, '0')}`,
      ]);
    }
    expect((await cells('diet-5')).slice(2)).toEqual(['—', '—']);
    const total = (await view.locator('.speaker-rehearsal tfoot td').allInnerTexts()).map(normalise);
    expect(total[1]).toBe('0:19');
  });

  it('downloads the table as CSV and as JSON', async () => {
    const csv = await saved(
      Promise.all([context.waitForEvent('download'), view.getByRole('button', { name: 'Download CSV' }).click()]).then(
        ([download]) => download,
      ),
    );
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe('slide,id,headline,planned_s,actual_s,difference_s');
    for (const [id, seconds] of REHEARSED) {
      const slide = slideNamed(id);
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(`^${slide.number},${id},.+,${slide.timing},${seconds},${seconds - slide.timing}$`),
        ),
      );
    }
    expect(lines.at(-1)).toMatch(/^total,,,\d+,19,/);

    const json = JSON.parse(
      await saved(
        Promise.all([
          context.waitForEvent('download'),
          view.getByRole('button', { name: 'Download JSON' }).click(),
        ]).then(([download]) => download),
      ),
    ) as { rows: { id: string; actual: number | null; planned: number }[] };
    expect(json.rows.find((entry) => entry.id === 'diet-2')?.actual).toBe(12);
    expect(json.rows.find((entry) => entry.id === 'diet-5')?.actual).toBeNull();
  });

  it('keeps the rehearsal across a reload, and makes the rehearsed times the plan on request', async () => {
    await view.reload();
    await view.locator('.speaker-rehearsal').waitFor();
    expect((await cells('diet-2'))[2]).toBe('0:12');

    const cue = view.locator('.script-passage[data-slide="diet-2"] .script-cue-plan');
    expect(await cue.innerText()).toBe(`${slideNamed('diet-2').timing} s · ${slideNamed('diet-2').spokenWords} words`);
    await view.getByLabel('Use rehearsed times as the plan').check();
    expect((await cells('diet-2'))[1]).toBe('0:12');
    expect((await cells('diet-3'))[1]).toBe('0:07');
    expect(await cue.innerText()).toBe(`12 s · ${slideNamed('diet-2').spokenWords} words`);
    // Slides not rehearsed keep the plan from their words.
    expect((await cells('diet-5'))[1]).toBe(`0:${String(slideNamed('diet-5').timing).padStart(2, '0')}`);
    await view.reload();
    await view.locator('.speaker-rehearsal').waitFor();
    expect(await view.getByLabel('Use rehearsed times as the plan').isChecked()).toBe(true);
    await view.getByLabel('Use rehearsed times as the plan').uncheck();
    expect((await cells('diet-2'))[1]).toBe(`0:${String(slideNamed('diet-2').timing).padStart(2, '0')}`);
  });
});
