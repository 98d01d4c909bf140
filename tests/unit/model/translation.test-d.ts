import { describe, expectTypeOf, it } from 'vitest';
import type { SpeechOutline } from '../../../slides/speech.ts';
import { translation as ja } from '../../../slides/translations/ja.ts';
import type { Translation, TranslationOf } from '../../../src/model/translation.ts';

type Japanese = TranslationOf<SpeechOutline>;

// Proven by the compiler: each `@ts-expect-error` must stay an error.
describe('a translation typed against the outline', () => {
  const thanks = ja.slides.thanks;

  it('accepts the Japanese, and reads as any translation', () => {
    expectTypeOf(ja).toExtend<Japanese>();
    expectTypeOf(ja).toExtend<Translation>();
  });

  it('rejects a missing paragraph, a stray one, a stray slide, a missing heading and a missing title-block line', () => {
    type Slides = Japanese['slides'];
    // @ts-expect-error -- the slide "collective-action" speaks three paragraphs
    const missing: Slides['collective-action'] = { ...ja.slides['collective-action'], spoken: ['一。', '二。'] };
    // @ts-expect-error -- "thanks" speaks one paragraph, not two
    const stray: Slides['thanks'] = { ...thanks, spoken: ['一。', '二。'] };
    // @ts-expect-error -- the outline has no slide "farewell"
    const straySlide: Slides = { ...ja.slides, farewell: thanks };
    // @ts-expect-error -- the outline has four sections
    const headings: Japanese['headings'] = ['一', '二', '三'];
    // @ts-expect-error -- the title block's venue is shown
    const titleBlock: Japanese['titleBlock'] = { kind: '', speaker: '', speakerRole: '', audience: '' };
    expectTypeOf([missing, stray, straySlide, headings, titleBlock]).toBeArray();
  });

  it('rejects a recommendation without its continuation, and a prose slide without a point', () => {
    const diet3: Omit<(typeof ja.slides)['diet-3'], 'continuation'> = ja.slides['diet-3'];
    // @ts-expect-error -- diet-3's title only begins its sentence: the continuation is spoken too
    const recommendation: Japanese['slides']['diet-3'] = diet3;
    // @ts-expect-error -- "ukraine" shows one point
    const prose: Japanese['slides']['ukraine'] = { ...ja.slides.ukraine, points: [] };
    expectTypeOf([recommendation, prose]).toBeArray();
  });
});
