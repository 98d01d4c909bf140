import type { DeckSlide } from '../../model/deck.ts';
import { SLIDE_SIZE } from '../../model/slide-size.ts';
import type { Point } from '../../model/types.ts';
import { Canvas, FRAME_WIDTH, HEADING_TRACKING, MARGIN, stack, type Block } from './canvas.ts';
import { japaneseHeadlineBlock } from './japanese.ts';
import { sectionMarker, sectionOpening } from './section.ts';
import { timelineBlock } from './timeline.ts';

export function headlineBlock(
  canvas: Canvas,
  text: string,
  size: number,
  width: number,
  align: 'left' | 'center',
): Block {
  const lineHeight = 1.08;
  const height = canvas.lines(text, size, width, HEADING_TRACKING) * size * lineHeight;
  const x = align === 'center' ? (SLIDE_SIZE.width - width) / 2 : MARGIN.side;
  return {
    height,
    draw: (top) => {
      canvas.text(
        text,
        { x, y: top, w: width, h: height },
        { size, colour: canvas.theme.colours.ink, lineHeight, align },
        'Headline',
        // Anchored at the foot: should a stand-in face take a line more, it grows up into the room above.
        { title: true, valign: 'bottom' },
      );
    },
  };
}

/** Short points side by side, each under its icon and a rule; longer ones in rows (two by two when four). */
function pointsBlock(canvas: Canvas, items: readonly Point[]): Block[] {
  if (items.length === 0) return [];
  const { colours, sizes } = canvas.theme;
  const size = items.length === 1 ? 60 : sizes['text-point'];
  const short = items.every((point) => point.text.length <= 30);
  const lineHeight = 1.15;
  if (short && items.length > 1) {
    const gap = 64;
    const width = (FRAME_WIDTH - gap * (items.length - 1)) / items.length;
    const textHeight = Math.max(...items.map((point) => canvas.lines(point.text, size, width))) * size * lineHeight;
    return [
      {
        height: 4 + 32 + 72 + 24 + textHeight,
        draw: (top) => {
          items.forEach((point, index) => {
            const x = MARGIN.side + index * (width + gap);
            canvas.rect({ x, y: top, w: width, h: 4 }, colours.rule, 'Rule');
            if (point.icon) canvas.icon(point.icon, { x, y: top + 36, w: 72, h: 72 }, colours.accent, 1.5, true);
            canvas.text(
              point.text,
              { x, y: top + 36 + 72 + 24, w: width, h: textHeight },
              { size, colour: colours['ink-soft'], lineHeight },
              'Point',
            );
          });
        },
      },
    ];
  }
  const columns = items.length === 4 ? 2 : 1;
  const columnGap = 48;
  const iconSize = items.length === 1 ? 88 : columns === 2 ? 64 : 72;
  const gap = columns === 2 ? 24 : 32;
  const columnWidth = (FRAME_WIDTH - columnGap * (columns - 1)) / columns;
  const textWidth = columnWidth - iconSize - gap;
  const rows = Math.ceil(items.length / columns);
  const rowHeight = Math.max(
    iconSize,
    ...items.map((point) => canvas.lines(point.text, size, textWidth) * size * lineHeight),
  );
  const rowGap = 36;
  return [
    {
      height: rows * rowHeight + (rows - 1) * rowGap,
      draw: (top) => {
        items.forEach((point, index) => {
          const x = MARGIN.side + (index % columns) * (columnWidth + columnGap);
          const y = top + Math.floor(index / columns) * (rowHeight + rowGap);
          if (point.icon) {
            const iconTop = y + (rowHeight - iconSize) / 2;
            canvas.icon(point.icon, { x, y: iconTop, w: iconSize, h: iconSize }, colours.accent, 1.5, true);
          }
          canvas.text(
            point.text,
            { x: x + iconSize + gap, y, w: textWidth, h: rowHeight },
            { size, colour: colours['ink-soft'], lineHeight },
            'Point',
            { valign: 'middle' },
          );
        });
      },
    },
  ];
}

export function proseSlide(canvas: Canvas, slide: DeckSlide): void {
  if (slide.content.kind !== 'prose') return;
  const { content } = slide;
  const { sizes } = canvas.theme;
  sectionMarker(canvas, slide, MARGIN.side);
  const alone = content.points.length === 0 && content.timeline.length === 0;
  const headline = alone
    ? headlineBlock(canvas, content.headline, sizes['text-display'], FRAME_WIDTH, 'center')
    : headlineBlock(canvas, content.headline, sizes['text-headline'], FRAME_WIDTH, 'left');
  stack(
    [
      ...sectionOpening(canvas, slide),
      headline,
      // Centred under a headline alone, as the deck's frame centres both.
      ...japaneseHeadlineBlock(canvas, slide, MARGIN.side, FRAME_WIDTH, alone ? 'center' : 'left'),
      ...pointsBlock(canvas, content.points),
      ...timelineBlock(canvas, content.timeline),
    ],
    64,
  );
}
