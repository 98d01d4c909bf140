import type { BrowserContext, Page } from 'playwright-core';
import { normalise, slides, type DeckSession } from './harness.ts';

/** The index of a slide of the outline by its id; throws for an id the outline lacks, so a test cannot drift. */
export function indexOf(id: string): number {
  const index = slides.findIndex((slide) => slide.id === id);
  if (index === -1) throw new Error(`The outline has no slide "${id}".`);
  return index;
}

export function slideNamed(id: string) {
  const slide = slides[indexOf(id)];
  if (slide === undefined) throw new Error(`The outline has no slide "${id}".`);
  return slide;
}

/** Presses S in the deck and returns the speaker view's window once it shows the deck's slide. */
export async function openSpeakerView(context: BrowserContext, deck: Page): Promise<Page> {
  const [view] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('s')]);
  await view.locator('.speaker').waitFor();
  await view.evaluate(() => document.fonts.ready.then(() => undefined));
  await view.locator('.speaker-status', { hasText: /^Slide \d+ of \d+$/ }).waitFor();
  return view;
}

/** The text of one of the time panel's figures: clock, talk, left, schedule, slide, pace. */
export async function figure(view: Page, name: string): Promise<string> {
  return normalise(await view.locator(`.speaker-figure-${name} .speaker-value`).innerText());
}

/** The view says which slide it follows in its status line: "Slide 7 of 25". */
export async function followed(view: Page): Promise<number> {
  const status = await view.locator('.speaker-status').innerText();
  return Number(/^Slide (\d+) of/.exec(status)?.[1] ?? Number.NaN);
}

/** Where the current passage's cue stands in the script's visible box, as a fraction of its height (0: top). */
export async function currentPassageLevel(view: Page): Promise<{ id: string; level: number }> {
  return view.evaluate(() => {
    const script = document.querySelector('.speaker-script');
    const passage = document.querySelector<HTMLElement>('.script-passage.is-current');
    if (script === null || passage === null) return { id: '', level: Number.NaN };
    const box = script.getBoundingClientRect();
    return { id: passage.dataset.slide ?? '', level: (passage.getBoundingClientRect().top - box.top) / box.height };
  });
}

/** The current passage begins in the upper third of the script's box: where the eye rests when reading. */
export async function atEyeLevel(view: Page): Promise<boolean> {
  const { level } = await currentPassageLevel(view);
  return level >= 0 && level <= 1 / 3;
}

/** Closes the speaker views a test left open, so that the next test's S opens a new one. */
export async function closeOtherPages(session: DeckSession): Promise<void> {
  for (const page of session.context.pages()) if (page !== session.page) await page.close();
}
