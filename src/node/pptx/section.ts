import type { DeckSlide } from '../../model/deck.ts';
import { SLIDE_SIZE } from '../../model/slide-size.ts';
import { Canvas, FRAME_WIDTH, MARGIN, type Block } from './canvas.ts';

/** The quiet section marker at the top of a section's later slides: a step for each section, then its heading. */
export function sectionMarker(canvas: Canvas, slide: DeckSlide, left: number): void {
  const { section } = slide;
  if (!section || section.opens) return;
  const { colours, sizes } = canvas.theme;
  const top = 72;
  const stepsWidth = section.count * 28 + (section.count - 1) * 8;
  const labelHeight = sizes['text-label'] * 1.2;
  for (let index = 0; index < section.count; index += 1) {
    const colour = index === section.index ? colours.accent : colours.rule;
    canvas.rect({ x: left + index * 36, y: top + labelHeight / 2 - 3, w: 28, h: 6 }, colour, 'Section step');
  }
  const x = left + stepsWidth + 28;
  canvas.text(
    section.heading,
    { x, y: top, w: SLIDE_SIZE.width - MARGIN.side - x, h: labelHeight },
    { size: sizes['text-label'], colour: colours['ink-soft'] },
    'Section',
    { mark: { caps: 'shape' }, spacing: sizes['text-label'] * 0.08 },
  );
}

/** A section's first slide opens it in large above the headline: the steps, then the heading in the accent. */
export function sectionOpening(canvas: Canvas, slide: DeckSlide): Block[] {
  const { section } = slide;
  if (!section?.opens) return [];
  const { colours } = canvas.theme;
  const size = 56;
  return [
    {
      height: 12 + 28 + size * 1.2,
      draw: (top) => {
        for (let index = 0; index < section.count; index += 1) {
          const colour = index === section.index ? colours.accent : colours.rule;
          canvas.rect({ x: MARGIN.side + index * 108, y: top, w: 96, h: 12 }, colour, 'Section step');
        }
        canvas.text(
          section.heading,
          { x: MARGIN.side, y: top + 40, w: FRAME_WIDTH, h: size * 1.2 },
          { size, colour: colours.accent },
          'Section',
          { mark: { caps: 'shape' }, spacing: size * 0.06 },
        );
      },
    },
  ];
}
