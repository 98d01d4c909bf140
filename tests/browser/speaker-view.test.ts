import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spokenText } from '../../src/model/deck.ts';
import {
  axeViolations,
  currentSlideId,
  deckUrl,
  normalise,
  openDeck,
  SCREENSHOT_DIR,
  slides,
  useDeck,
} from './harness.ts';
import {
  atEyeLevel,
  closeOtherPages,
  currentPassageLevel,
  followed,
  indexOf,
  openSpeakerView,
  slideNamed,
} from './speaker-harness.ts';

describe('the speaker view', () => {
  const session = useDeck();
  afterEach(() => closeOtherPages(session));

  it('opens on S with the whole script, word for word, and the current passage at eye level', async () => {
    const { context, page } = session;
    await openDeck(page, { hash: '#/japan' });
    const view = await openSpeakerView(context, page);
    // reveal.js's own notes plugin (and its Markdown parser) is gone.
    expect(await page.evaluate(() => window.Reveal.hasPlugin('notes'))).toBe(false);

    const words = await view.locator('.script-words').allInnerTexts();
    expect(normalise(words.join(' '))).toBe(normalise(spokenText(slides)));
    expect(await view.locator('.script-heading').allInnerTexts()).toEqual(
      [...new Set(slides.flatMap((slide) => (slide.section?.opens ? [slide.section.heading] : [])))].map((heading) =>
        heading.toUpperCase(),
      ),
    );

    expect(await followed(view)).toBe(indexOf('japan') + 1);
    expect((await currentPassageLevel(view)).id).toBe('japan');
    await expect.poll(() => atEyeLevel(view)).toBe(true);
    // The cue of the next slide is where to press: its number and the headline the audience will see.
    const next = slideNamed('japan-support');
    const cue = view.locator('.script-passage.is-next .script-cue');
    expect(normalise(await cue.innerText())).toContain(`▶ ${next.number} · Support essential for effective mandate`);
    expect(await cue.isVisible()).toBe(true);
    await view.close();
  });

  it('follows the deck, and drives it with → ← Home End and a click on the next slide', async () => {
    const { context, page } = session;
    await openDeck(page, { hash: '#/challenges' });
    const view = await openSpeakerView(context, page);
    const at = async (id: string) => {
      await expect.poll(() => currentSlideId(page)).toBe(id);
      await expect.poll(() => followed(view)).toBe(indexOf(id) + 1);
      await expect.poll(async () => (await currentPassageLevel(view)).id).toBe(id);
      await expect.poll(() => atEyeLevel(view)).toBe(true);
    };

    await page.keyboard.press('ArrowRight');
    await at('ukraine');
    await view.keyboard.press('ArrowRight');
    await at('collective-action');
    await view.keyboard.press('ArrowLeft');
    await at('ukraine');
    await view.locator('.speaker-next-button').click();
    await at('collective-action');
    await view.keyboard.press('End');
    await at('thanks');
    await view.keyboard.press('Home');
    await at('title');
    // The current slide's copy is the real slide, in the theme: its headline as the audience reads it.
    await view.keyboard.press('ArrowRight');
    await at('salutation');
    const now = view.locator('.speaker-preview-now .speaker-preview-slide');
    expect(normalise(await now.innerText())).toContain('Ladies and Gentlemen');
    const nextHeadline = view.locator('.speaker-preview-next h2');
    expect(await nextHeadline.innerText()).toBe('Japan is a fundamental partner and leader in UN peace operations');
    expect(await nextHeadline.evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(12);
    await view.close();
  });

  it('lets Space press a button reached with Tab, and move the slides after a click', async () => {
    const { context, page } = session;
    await openDeck(page, { hash: '#/japan' });
    const view = await openSpeakerView(context, page);
    const voice = view.getByRole('button', { name: 'Follow my voice (V)' });
    await voice.focus();
    await view.keyboard.press(' ');
    await expect.poll(() => voice.getAttribute('aria-pressed')).toBe('true');
    await view.keyboard.press(' ');
    await expect.poll(() => voice.getAttribute('aria-pressed')).toBe('false');
    expect(await currentSlideId(page)).toBe('japan');
    // Clicked with the pointer, the button lets go of the focus: Space is the next slide again.
    await voice.click();
    await expect.poll(() => voice.getAttribute('aria-pressed')).toBe('true');
    await view.keyboard.press(' ');
    await expect.poll(() => currentSlideId(page)).toBe(slides[indexOf('japan') + 1]?.id);
    expect(await voice.getAttribute('aria-pressed')).toBe('true');
    await voice.click();
    await expect.poll(() => voice.getAttribute('aria-pressed')).toBe('false');
    await view.close();
  });

  it('says so when it has no deck to follow, and still shows the script', async () => {
    const { page } = session;
    await page.goto(deckUrl('?speaker'));
    await page.locator('.speaker').waitFor();
    expect(await page.locator('.speaker-status').innerText()).toContain('Not connected to the deck');
    expect(await page.locator('.script-passage').count()).toBe(slides.length);
    // The deck itself stays asleep in this page: no reveal.js, no hash of its own.
    expect(await page.evaluate(() => typeof window.Reveal)).toBe('undefined');
  });

  it('changes the text size with + and -, remembers it, and passes axe in both schemes', async () => {
    const { context, page } = session;
    await openDeck(page, { hash: '#/partner' });
    const view = await openSpeakerView(context, page);
    await view.setViewportSize({ width: 1280, height: 800 });
    const size = () => view.locator('.speaker-script').evaluate((element) => getComputedStyle(element).fontSize);
    const start = Number.parseFloat(await size());
    expect(start).toBeGreaterThanOrEqual(28);
    await view.keyboard.press('+');
    await view.keyboard.press('+');
    await expect.poll(size).toBe(`${start + 8}px`);
    await view.reload();
    await view.locator('.speaker').waitFor();
    expect(await size()).toBe(`${start + 8}px`);
    await view.keyboard.press('-');
    await view.keyboard.press('0');
    expect(await size()).toBe(`${start}px`);

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await expect.poll(() => followed(view)).toBe(indexOf('partner') + 1);
    for (const scheme of ['light', 'dark']) {
      if ((await view.locator('.speaker').getAttribute('data-scheme')) !== scheme) await view.keyboard.press('d');
      expect(await view.locator('.speaker').getAttribute('data-scheme')).toBe(scheme);
      expect(await axeViolations(view), scheme).toEqual([]);
      await view.screenshot({ path: path.join(SCREENSHOT_DIR, `speaker-view-${scheme}.png`) });
    }
    // The choice of scheme is remembered too.
    await view.reload();
    expect(await view.locator('.speaker').getAttribute('data-scheme')).toBe('dark');
    await view.keyboard.press('d');
    await view.close();
  });
});
