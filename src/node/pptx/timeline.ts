import type PptxGenJS from 'pptxgenjs';
import type { Milestone } from '../../model/types.ts';
import { Canvas, FRAME_WIDTH, lineCount, MARGIN, type Block } from './canvas.ts';

/** The timeline across the frame: years above the line, a dot on it for each milestone, what happened below. */
export function timelineBlock(canvas: Canvas, milestones: readonly Milestone[]): Block[] {
  if (milestones.length === 0) return [];
  const { colours, sizes } = canvas.theme;
  const size = sizes['text-read'];
  const lineHeight = 1.15;
  // Equal columns, each milestone at the left of its own, so a name is never broken for want of room.
  const between = 48;
  const column = (FRAME_WIDTH + between) / milestones.length;
  const widths = milestones.map(() => column - between);
  const textLines = (milestone: Milestone, width: number) =>
    lineCount(milestone.label, size, width) + (milestone.detail ? lineCount(milestone.detail, size, width) : 0);
  const textHeight = Math.max(...milestones.map((milestone, index) => textLines(milestone, widths[index] ?? 0)));
  const lineTop = 98;
  return [
    {
      height: 72 + 16 + 40 + 16 + textHeight * size * lineHeight,
      draw: (top) => {
        canvas.rect({ x: MARGIN.side, y: top + lineTop, w: FRAME_WIDTH, h: 6 }, colours.rule, 'Timeline');
        let x = MARGIN.side;
        milestones.forEach((milestone, index) => {
          const width = widths[index] ?? 0;
          if (milestone.year) {
            canvas.text(
              milestone.year,
              { x, y: top, w: Math.max(width, 72 * 2.5), h: 72 },
              { size: 72, colour: colours.accent, lineHeight: 1 },
              'Year',
              { valign: 'bottom' },
            );
          }
          const dot = milestone.year ? 40 : 28;
          const centre = top + 72 + 16 + 20;
          canvas.dot(
            { x, y: centre - dot / 2, w: dot, h: dot },
            colours.accent,
            milestone.year ? colours.accent : colours.paper,
            milestone.year ? 0.01 : 5,
            'Milestone',
          );
          const runs: PptxGenJS.TextProps[] = [
            { text: milestone.label, options: { color: colours.ink, breakLine: milestone.detail !== undefined } },
            ...(milestone.detail ? [{ text: milestone.detail, options: { color: colours['ink-soft'] } }] : []),
          ];
          canvas.text(
            runs,
            { x, y: top + 72 + 16 + 40 + 16, w: width + 8, h: textLines(milestone, width) * size * lineHeight },
            { size, colour: colours.ink, lineHeight },
            'Milestone text',
          );
          x += width + between;
        });
      },
    },
  ];
}
