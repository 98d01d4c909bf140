import { expect, it } from 'vitest';
import { SCREENSHOT_DIR } from './harness.ts';
import { useHall } from './present-harness.ts';
import { openSpeakerView } from './speaker-harness.ts';

const hall = useHall();

it('shows the hall’s codes in the speaker view of the presented deck: the audience’s, and the clicker’s', async () => {
  const laptop = await hall.laptop();
  const deck = await laptop.newPage();
  await deck.goto(hall.server.presenterUrl);
  await deck.locator('.reveal.ready').waitFor();
  const view = await openSpeakerView(laptop, deck);
  const codes = view.locator('.speaker-hall');
  await codes.locator('summary').click();
  const images = codes.locator('img');
  await expect.poll(() => images.count()).toBe(2);
  expect(await images.nth(0).getAttribute('alt')).toContain(hall.server.audienceUrl);
  // The clicker's code is the server's own for the presenter: the same SVG it gives the secret's holder.
  const src = await images.nth(1).getAttribute('src');
  const svg = await view.evaluate(async (key) => {
    const response = await fetch('./api/qr/remote', { method: 'POST', headers: { Authorization: `Bearer ${key}` } });
    return ((await response.json()) as { svg: string }).svg;
  }, hall.secret);
  await view.screenshot({ path: `${SCREENSHOT_DIR}/speaker-hall-codes.png` });
  expect(decodeURIComponent(src?.replace(/^data:image\/svg\+xml;charset=utf-8,/, '') ?? '')).toBe(svg);
});

it('shows no codes in the speaker view of a deck opened without the presenter’s key', async () => {
  const laptop = await hall.laptop();
  const deck = await laptop.newPage();
  await deck.goto(hall.server.presenterUrl.replace(/\?present#key=.*$/, ''));
  await deck.locator('.reveal.ready').waitFor();
  const view = await openSpeakerView(laptop, deck);
  expect(await view.locator('.speaker-hall').count()).toBe(0);
});
