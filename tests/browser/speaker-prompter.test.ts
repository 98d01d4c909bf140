import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSlideId, openDeck, slides, useDeck } from './harness.ts';
import { figure, followed, indexOf, openSpeakerView, slideNamed } from './speaker-harness.ts';

const START = new Date('2022-05-19T09:30:00+09:00').getTime();
/** A speaker's own window on a laptop: the smaller of the two sizes, where most passages outgrow the view. */
const LAPTOP = { width: 1280, height: 800 } as const;

/** Where an element of the script stands in the script's visible box: 0 at its top, 1 at its bottom. */
function placeInScript(view: Page, selector: string): Promise<{ top: number; bottom: number }> {
  return view.evaluate((selector) => {
    const box = document.querySelector('.speaker-script')?.getBoundingClientRect();
    const element = document.querySelector(selector)?.getBoundingClientRect();
    if (box === undefined || element === undefined) return { top: Number.NaN, bottom: Number.NaN };
    return { top: (element.top - box.top) / box.height, bottom: (element.bottom - box.top) / box.height };
  }, selector);
}

/** The word the quiet mark stands on, and its level in the script's box. */
function markedWord(view: Page): Promise<{ word: string; level: number }> {
  return view.evaluate(() => {
    const [range] = [...(CSS.highlights.get('speaker-due') ?? [])] as Range[];
    const box = document.querySelector('.speaker-script')?.getBoundingClientRect();
    if (range === undefined || box === undefined) return { word: '', level: Number.NaN };
    return { word: range.toString(), level: (range.getBoundingClientRect().top - box.top) / box.height };
  });
}

/** The spoken words of a passage, as the script shows them. */
function passageWords(view: Page, id: string): Promise<string[]> {
  return view.evaluate(
    (id) =>
      (document.querySelector(`.script-passage[data-slide="${id}"] .script-words`)?.textContent ?? '')
        .split(/\s+/)
        .filter(Boolean),
    id,
  );
}

const scrollTop = (view: Page) => view.evaluate(() => document.querySelector('.speaker-script')?.scrollTop ?? 0);

describe('the teleprompter: the script keeps pace with talk time', () => {
  const session = useDeck();
  let context: BrowserContext;
  let deck: Page;
  let view: Page;

  async function go(key: string, id: string): Promise<void> {
    await view.keyboard.press(key);
    await expect.poll(() => followed(view)).toBe(indexOf(id) + 1);
  }

  beforeAll(async () => {
    context = await session.newContext({ viewport: LAPTOP, reducedMotion: 'reduce' });
    await context.clock.install({ time: START });
    deck = await context.newPage();
    await openDeck(deck, { hash: '#/title' });
    view = await openSpeakerView(context, deck);
    await context.clock.pauseAt(START + 60_000);
  });
  afterAll(() => context.close());

  it("has the next slide's cue in view at every slide's planned end", async () => {
    await view.keyboard.press('p');
    const late: string[] = [];
    for (const [index, slide] of slides.entries()) {
      const next = slides[index + 1];
      if (next === undefined) break;
      await context.clock.runFor(slide.timing * 1000);
      const cue = await placeInScript(view, `.script-passage[data-slide="${next.id}"] .script-cue`);
      if (!(cue.top >= 0 && cue.bottom <= 1)) late.push(`${next.id} at ${cue.top.toFixed(2)}`);
      await go('ArrowRight', next.id);
    }
    expect(late).toEqual([]);
  });

  it('keeps the word due at eye level as time runs, and stands still on P and on B', async () => {
    await go('Home', 'title');
    const long = slideNamed('kyoto-1');
    await deck.evaluate((index) => {
      window.Reveal.slide(index);
    }, indexOf('kyoto-1'));
    await expect.poll(() => followed(view)).toBe(indexOf('kyoto-1') + 1);
    await context.clock.runFor(500);
    const words = await passageWords(view, 'kyoto-1');
    const start = await scrollTop(view);
    // Half a second into 43 s, the mark is on the passage's second word.
    expect((await markedWord(view)).word).toBe(words[Math.floor((0.5 / long.timing) * words.length)]);

    for (const seconds of [10, 20, 30]) {
      await context.clock.runFor(10_000);
      const due = Math.floor(((seconds + 0.5) / long.timing) * words.length);
      const mark = await markedWord(view);
      expect(mark.word, `the mark at ${seconds} s`).toBe(words[due]);
      expect(mark.level, `the word due at ${seconds} s at eye level`).toBeGreaterThan(0.2);
      expect(mark.level).toBeLessThan(0.4);
    }
    const moved = await scrollTop(view);
    expect(moved - start, 'the script moved on by itself').toBeGreaterThan(200);

    // The note by talk time changes when it pauses, and the script's box with it: measure once that is drawn.
    await view.keyboard.press('p');
    await context.clock.runFor(300);
    const held = await scrollTop(view);
    await context.clock.runFor(5_000);
    expect(await scrollTop(view)).toBe(held);
    await view.keyboard.press('p');
    await context.clock.runFor(2_000);
    expect(await scrollTop(view)).toBeGreaterThan(held);

    await view.keyboard.press('b');
    await expect
      .poll(() => view.locator('.speaker-figure-talk .speaker-note').innerText())
      .toBe('paused: black screen (B)');
    await context.clock.runFor(300);
    const blank = await scrollTop(view);
    await context.clock.runFor(5_000);
    expect(await scrollTop(view)).toBe(blank);
    await view.keyboard.press('b');
    await expect.poll(() => deck.evaluate(() => window.Reveal.isPaused())).toBe(false);
  });

  it('moves at the speed set: at 1.5 times the pace, 8 s take it where 12 s did', async () => {
    await go('ArrowRight', 'kyoto-2');
    await context.clock.runFor(12_000);
    const atPlan = await placeInScript(view, '.script-passage.is-current .script-cue');
    for (let step = 0; step < 5; step++) await view.keyboard.press(']');
    await expect.poll(() => view.locator('.speaker-prompter').innerText()).toContain('1.5×');
    await go('ArrowLeft', 'kyoto-1');
    await go('ArrowRight', 'kyoto-2');
    await context.clock.runFor(8_000);
    const faster = await placeInScript(view, '.script-passage.is-current .script-cue');
    expect(faster.top).toBeCloseTo(atPlan.top, 2);
    for (let step = 0; step < 5; step++) await view.keyboard.press('[');
    await expect.poll(() => view.locator('.speaker-prompter').innerText()).toContain('1.0×');
  });

  it('nudges the script a line back or on, by key or wheel, without changing the slide', async () => {
    await view.keyboard.press('p');
    await context.clock.runFor(300);
    const before = await scrollTop(view);
    await view.keyboard.press('ArrowDown');
    await context.clock.runFor(100);
    const on = await scrollTop(view);
    expect(on - before).toBeGreaterThan(30);
    expect(on - before).toBeLessThan(80);
    await view.keyboard.press('ArrowUp');
    await view.keyboard.press('ArrowUp');
    await context.clock.runFor(100);
    expect(Math.abs((await scrollTop(view)) - (before - (on - before)))).toBeLessThanOrEqual(1);
    const box = await view.locator('.speaker-script').boundingBox();
    if (box === null) throw new Error('The script is not laid out.');
    await view.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const wheeled = await scrollTop(view);
    await view.mouse.wheel(0, 120);
    await context.clock.runFor(100);
    expect(Math.abs((await scrollTop(view)) - (wheeled + 120))).toBeLessThanOrEqual(1);
    expect(await followed(view)).toBe(indexOf('kyoto-2') + 1);
    expect(await currentSlideId(deck)).toBe('kyoto-2');
    await view.keyboard.press('p');
  });

  it('holds the script with H while talk time runs on, and goes on from where it held', async () => {
    await go('ArrowRight', 'kyoto-3');
    await context.clock.runFor(300);
    const start = await scrollTop(view);
    await context.clock.runFor(5_000);
    await view.keyboard.press('h');
    await expect.poll(() => view.locator('.speaker-prompter').innerText()).toContain('held (H)');
    await context.clock.runFor(100);
    const held = await scrollTop(view);
    const perSecond = (held - start) / 5;
    expect(perSecond, 'the script moved before the hold').toBeGreaterThan(0);
    const talk = await figure(view, 'talk');
    await context.clock.runFor(5_000);
    expect(await scrollTop(view)).toBe(held);
    expect(await figure(view, 'talk'), 'talk time runs on').not.toBe(talk);
    await view.keyboard.press('h');
    await expect.poll(() => view.locator('.speaker-prompter').innerText()).not.toContain('held');
    await context.clock.runFor(3_000);
    // Three seconds on from where it held, not eight from where the plan had got to.
    const moved = (await scrollTop(view)) - held;
    expect(moved).toBeGreaterThan(perSecond);
    expect(moved).toBeLessThan(perSecond * 5);
  });

  it("after a passage's planned time, moves on from where ↑ put it back", async () => {
    await context.clock.runFor(30_000);
    const end = await scrollTop(view);
    await context.clock.runFor(1_000);
    expect(await scrollTop(view), 'the passage is over: the script is still').toBe(end);
    for (let press = 0; press < 3; press++) await view.keyboard.press('ArrowUp');
    await context.clock.runFor(100);
    const back = await scrollTop(view);
    expect(back).toBeLessThan(end);
    await context.clock.runFor(2_000);
    const on = await scrollTop(view);
    expect(on, 'it reads on from there').toBeGreaterThan(back);
    expect(on).toBeLessThan(end);
  });

  it('turns scrolling off with A and mirrors the script with M, and remembers both', async () => {
    await view.keyboard.press('a');
    await expect.poll(() => view.locator('.speaker-prompter').innerText()).toContain('off');
    const still = await scrollTop(view);
    await context.clock.runFor(5_000);
    expect(await scrollTop(view)).toBe(still);
    await view.keyboard.press('m');
    const flipped = () =>
      view.evaluate(
        () => getComputedStyle(document.querySelector('.speaker-script .script') ?? document.body).transform,
      );
    expect(await flipped()).toBe('matrix(-1, 0, 0, 1, 0, 0)');

    await view.reload();
    await view.locator('.speaker-status', { hasText: /^Slide \d+ of \d+$/ }).waitFor();
    expect(await flipped()).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    expect(await view.locator('.speaker-prompter').innerText()).toContain('off');
    await view.keyboard.press('m');
    await view.keyboard.press('a');
    await expect.poll(() => view.locator('.speaker-prompter').innerText()).toContain('1.0×');
    expect(await flipped()).toBe('none');
  });
});
