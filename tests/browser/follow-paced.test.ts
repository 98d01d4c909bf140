import { expect, it } from 'vitest';
import { translation } from '../../slides/translations/ja.ts';
import { SCREENSHOT_DIR, slides } from './harness.ts';
import { goToSlide, useHall } from './present-harness.ts';
import { openSpeakerView } from './speaker-harness.ts';

const hall = useHall();

// On the real clock: a fake one would also fast-forward the live socket's heartbeat and reconnection timers.
it('marks the paragraph where the speaker view’s paced script is, as talk time runs', async () => {
  const laptop = await hall.laptop();
  const deck = await laptop.newPage();
  await deck.goto(hall.server.presenterUrl);
  await deck.locator('.reveal.ready').waitFor();
  await openSpeakerView(laptop, deck);
  const audience = await hall.openAudience();

  // "Ladies and Gentlemen," is due as the slide begins and takes a second or two; the long paragraph follows.
  const slide = slides.find((each) => each.id === 'success');
  if (slide === undefined) throw new Error('No slide "success".');
  expect(slide.notes.map((paragraph) => paragraph.text.split(' ').length)).toEqual([3, expect.any(Number)]);
  // Talk time starts with the first advance.
  await goToSlide(deck, slide.id);
  const marked = audience.locator('#read-success p[aria-current="true"]');
  await expect.poll(() => marked.textContent()).toBe(slide.notes[0]?.text);
  await expect.poll(() => marked.textContent(), { timeout: 15_000 }).toBe(slide.notes[1]?.text);
  expect(await audience.locator('[aria-current]').count()).toBe(1);

  // A reader who switches to Japanese follows the same paragraph in Japanese, and the page speaks Japanese.
  // The switch sits at the head of the page, scrolled away under the live bar: chosen as a keyboard would.
  await audience.locator('#reading-lang-ja').evaluate((input: HTMLInputElement) => {
    input.click();
  });
  await expect.poll(() => marked.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('ja');
  expect(await marked.textContent()).toBe(translation.slides.success.spoken[1]);
  expect(await audience.evaluate(() => document.documentElement.lang)).toBe('ja');
  await audience.screenshot({ path: `${SCREENSHOT_DIR}/follow-phone-ja.png` });
  expect(await audience.locator('[aria-current]').count()).toBe(1);
});
