import type PptxGenJS from 'pptxgenjs';
import type { DeckSlide } from '../../model/deck.ts';
import { Canvas } from './canvas.ts';
import { translationLabel } from './japanese.ts';
import type { Mark } from './marks.ts';
import { salutationSlide, titleSlide } from './opening.ts';
import { proseSlide } from './prose.ts';
import { recommendationSlide } from './recommendation.ts';
import type { PptxTheme } from './theme.ts';

/** Draws one slide of the deck on a pptxgenjs slide; returns the marks its shapes need. */
export function drawSlide(
  target: PptxGenJS.Slide,
  slide: DeckSlide,
  theme: PptxTheme,
  lang: string,
  translation?: { readonly lang: string; readonly label: string },
): ReadonlyMap<string, Mark> {
  const canvas = new Canvas(target, theme, lang, translation);
  switch (slide.content.kind) {
    case 'title':
      titleSlide(canvas, slide);
      break;
    case 'salutation':
      salutationSlide(canvas, slide);
      break;
    case 'prose':
      proseSlide(canvas, slide);
      break;
    case 'recommendation':
      recommendationSlide(canvas, slide);
      break;
  }
  translationLabel(canvas);
  return canvas.marks;
}
