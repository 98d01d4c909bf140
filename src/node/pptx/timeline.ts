import type PptxGenJS from 'pptxgenjs';
import type { Milestone } from '../../model/types.ts';
import { Canvas, FRAME_WIDTH, MARGIN, type Block } from './canvas.ts';

/** The timeline across the frame: years above the line, a dot on it for each milestone, what happened below. */
export function timelineBlock(canvas: Canvas, milestones: readonly Milestone[]): Block[] {
  if (milestones.length === 0) return [];
  const { colours, sizes } = canvas.theme;
  const size = sizes['text-read'];
  const lineHeight = 1.15;
  // Each milestone as wide as its words (a place name whole, the rest at most 7em), the room left spread between.
  const needs = milestones.map((milestone) => {
    const longest = Math.max(
      ...[milestone.label, milestone.detail ?? '']
        .join(' ')
        .split(/\s+/)
        .map((word) => canvas.width(word, size)),
    );
    const label = milestone.year
      ? Math.min(size * 7, canvas.width(milestone.label, size))
      : canvas.width(milestone.label, size);
    return Math.max(longest, label, milestone.year ? canvas.width(milestone.year, 72) : 0);
  });
  const needed = needs.reduce((sum, width) => sum + width, 0);
  const scale = Math.min(1, (FRAME_WIDTH - 48 * (milestones.length - 1)) / needed);
  const widths = needs.map((width) => width * scale);
  const between = (FRAME_WIDTH - needed * scale) / Math.max(1, milestones.length - 1);
  const textLines = (milestone: Milestone, width: number) =>
    canvas.lines(milestone.label, size, width) + (milestone.detail ? canvas.lines(milestone.detail, size, width) : 0);
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
              { x, y: top, w: width, h: 72 },
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
            milestone.year ? 0 : 5,
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
