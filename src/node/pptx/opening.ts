import type { DeckSlide } from '../../model/deck.ts';

import { Canvas, FRAME_WIDTH, MARGIN, points, stack, type Block } from './canvas.ts';
import { japaneseHeadlineBlock } from './japanese.ts';
import { headlineBlock } from './prose.ts';

export function titleSlide(canvas: Canvas, slide: DeckSlide): void {
  if (slide.content.kind !== 'title') return;
  const { lines } = slide.content;
  const { colours, sizes } = canvas.theme;
  const display = sizes['text-display'];
  const lineHeight = 1.15;
  const role = 60;
  const textBlock = (text: string, size: number, colour: string, what: string): Block => {
    const height = canvas.lines(text, size, FRAME_WIDTH) * size * lineHeight;
    return {
      height,
      draw: (top) => {
        canvas.text(text, { x: MARGIN.side, y: top, w: FRAME_WIDTH, h: height }, { size, colour, lineHeight }, what);
      },
    };
  };
  const kindSize = 40;
  stack(
    [
      {
        height: 12 + 40 + kindSize * 1.2 + 24 + display,
        draw: (top) => {
          canvas.rect({ x: MARGIN.side, y: top, w: 240, h: 12 }, colours.accent, 'Rule');
          // The title: "Statement of" above the speaker's name, one shape, as the deck's <h1>.
          canvas.text(
            [
              {
                text: lines.kind,
                options: {
                  fontSize: points(kindSize),
                  color: colours.accent,
                  charSpacing: points(kindSize * 0.1),
                  lineSpacing: points(kindSize * 1.2),
                  breakLine: true,
                },
              },
              {
                text: lines.speaker,
                options: { fontSize: points(display), color: colours.ink, lineSpacing: points(display + 24) },
              },
            ],
            { x: MARGIN.side, y: top + 52, w: FRAME_WIDTH, h: kindSize * 1.2 + 24 + display },
            { size: display, colour: colours.ink, lineHeight: 1 },
            'Title',
            { title: true, mark: { caps: 'first-paragraph' } },
          );
        },
      },
      ...japaneseHeadlineBlock(canvas, slide, MARGIN.side, FRAME_WIDTH),
      textBlock(lines.role, role, colours['ink-soft'], 'Role'),
      textBlock(lines.audience, role, colours['ink-soft'], 'Audience'),
      {
        height: 3 + 40 + sizes['text-point'] * 1.25,
        draw: (top) => {
          canvas.rect({ x: MARGIN.side, y: top, w: FRAME_WIDTH, h: 3 }, colours.rule, 'Rule');
          const box = { x: MARGIN.side, y: top + 43, w: FRAME_WIDTH, h: sizes['text-point'] * 1.25 };
          const style = { size: sizes['text-point'], lineHeight: 1.25 };
          canvas.text(lines.venue, box, { ...style, colour: colours.ink }, 'Venue');
          canvas.text(lines.date, box, { ...style, colour: colours.accent, align: 'right' }, 'Date');
        },
      },
    ],
    40,
  );
}

export function salutationSlide(canvas: Canvas, slide: DeckSlide): void {
  if (slide.content.kind !== 'salutation') return;
  const { salutation } = slide.content;
  const { colours, sizes } = canvas.theme;
  const columns = 3;
  const names = salutation.dignitaries.map((dignitary) => dignitary.name);
  // The deck's 56px, smaller if the three widest names and the gaps between them would not fit across.
  const widest = (at: number) =>
    Array.from({ length: columns }, (_, column) =>
      Math.max(0, ...names.filter((_, index) => index % columns === column).map((name) => canvas.width(name, at))),
    );
  const natural = widest(56).reduce((sum, width) => sum + width, 0);
  const room = FRAME_WIDTH - columns * 38 - (columns - 1) * 40;
  const size = natural > room ? Math.floor((56 * room) / natural) : 56;
  const rows = Math.ceil(salutation.dignitaries.length / columns);
  const rowHeight = size * 1.1;
  const rowGap = 56;
  // Three columns, each as wide as its longest name, spread across the frame (the deck's grid of max-content).
  const widths = widest(size).map((width) => width + 38);
  const between = (FRAME_WIDTH - widths.reduce((sum, width) => sum + width, 0)) / (columns - 1);
  const left = (column: number) =>
    MARGIN.side + widths.slice(0, column).reduce((sum, width) => sum + width + between, 0);
  stack(
    [
      {
        height: rows * rowHeight + (rows - 1) * rowGap,
        draw: (top) => {
          salutation.dignitaries.forEach((dignitary, index) => {
            const x = left(index % columns);
            const y = top + Math.floor(index / columns) * (rowHeight + rowGap);
            canvas.rect({ x, y, w: 6, h: rowHeight }, colours.accent, 'Rule');
            canvas.text(
              dignitary.name,
              { x: x + 38, y, w: (widths[index % columns] ?? 0) - 38, h: rowHeight },
              { size, colour: colours.ink, lineHeight: 1.1 },
              'Name',
              { valign: 'middle' },
            );
          });
        },
      },
      headlineBlock(canvas, salutation.closing, sizes['text-statement'], FRAME_WIDTH, 'left'),
      ...japaneseHeadlineBlock(canvas, slide, MARGIN.side, FRAME_WIDTH),
    ],
    64,
  );
}
