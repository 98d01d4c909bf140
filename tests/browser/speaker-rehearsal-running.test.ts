import { describe, expect, it } from 'vitest';
import { normalise, openDeck, PROJECTOR, slides, useDeck } from './harness.ts';
import { followed, openSpeakerView } from './speaker-harness.ts';

const START = new Date('2022-05-18T18:00:00+09:00').getTime();
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

describe('a rehearsal counts only the slides it finished', () => {
  const session = useDeck();

  it('plans slide 7 from its words after a rehearsal of slides 2 to 6 that stopped 2 s into it', async () => {
    const context = await session.newContext({ viewport: PROJECTOR, reducedMotion: 'reduce' });
    await context.clock.install({ time: START });
    const deck = await context.newPage();
    const rehearsed = slides.slice(1, 6);
    const seventh = slides[6];
    const second = rehearsed[0];
    if (seventh === undefined || second === undefined) throw new Error('The outline has fewer than 7 slides.');
    await openDeck(deck, { hash: `#/${second.id}` });
    const view = await openSpeakerView(context, deck);
    await context.clock.pauseAt(START + 60_000);
    await view.keyboard.press('r');
    await view.keyboard.press('p');
    // Each slide a few seconds over its plan, so that adopting it would change the plan.
    for (const slide of rehearsed) {
      await context.clock.runFor((slide.timing + 3) * 1000);
      await view.keyboard.press('ArrowRight');
      await expect.poll(() => followed(view)).toBe(slide.number + 1);
    }
    await context.clock.runFor(2_000);

    const row = (id: string) => view.locator(`.speaker-rehearsal tbody tr[data-slide="${id}"]`);
    const cells = async (id: string) => (await row(id).locator('th, td').allInnerTexts()).map(normalise);
    await expect.poll(() => cells(seventh.id)).toEqual(['7', clock(seventh.timing), 'running', '—']);
    const planned = rehearsed.reduce((sum, slide) => sum + slide.timing, 0);
    const foot = (await view.locator('.speaker-rehearsal tfoot').locator('th, td').allInnerTexts()).map(normalise);
    expect(foot, 'the totals set the finished slides against their plan').toEqual([
      'Finished',
      clock(planned),
      clock(planned + 3 * rehearsed.length),
      `+${clock(3 * rehearsed.length)}`,
    ]);

    await view.getByLabel('Use rehearsed times as the plan').check();
    const cue = (id: string) => view.locator(`.script-passage[data-slide="${id}"] .script-cue-plan`).innerText();
    expect(await cue(seventh.id), 'slide 7 keeps its time from its words').toBe(
      `${seventh.timing} s · ${seventh.spokenWords} words`,
    );
    expect(await cue(second.id)).toBe(`${second.timing + 3} s · ${second.spokenWords} words`);
    expect((await cells(seventh.id))[1]).toBe(clock(seventh.timing));
    expect(await view.locator('.speaker-figure-slide').getAttribute('class')).not.toContain('is-over');
    await context.close();
  });
});
