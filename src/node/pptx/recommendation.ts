import type { DeckSlide } from '../../model/deck.ts';
import { SLIDE_SIZE } from '../../model/slide-size.ts';
import { RECOMMENDATION_NUMBERS } from '../../model/types.ts';
import { recommendationHeadline } from '../../model/slide-content.ts';
import { Canvas, HEADING_TRACKING, MARGIN, stack, type Block } from './canvas.ts';
import { japaneseHeadlineBlock } from './japanese.ts';
import { sectionMarker } from './section.ts';

/** The series' colour down the left with the icon, the number and the five marked; the words on the right. */
export function recommendationSlide(canvas: Canvas, slide: DeckSlide): void {
  if (slide.content.kind !== 'recommendation') return;
  const { recommendation, series } = slide.content;
  const { colours, sizes } = canvas.theme;
  const colour = recommendation.series === 'kyoto' ? colours.gold : colours.accent;
  // The section first, as the deck's reading order has it; right of the panel, so the drawing order hides nothing.
  sectionMarker(canvas, slide, 672);
  const panel = 560;
  canvas.rect({ x: 0, y: 0, w: panel, h: SLIDE_SIZE.height }, colour, 'Series panel');
  // The panel's column, centred above 96px of padding: icon, label, number, the five.
  const label = sizes['text-label'];
  const number = 288;
  const dots = 28;
  const column = 168 + 24 + 24 + label * 1.2 + number * 1.15 + 8 + dots;
  let top = (SLIDE_SIZE.height - 96 - column) / 2;
  canvas.icon(recommendation.icon, { x: (panel - 168) / 2, y: top, w: 168, h: 168 }, colours.paper, 1.25, false);
  top += 168 + 24 + 24;
  const count = RECOMMENDATION_NUMBERS.length;
  canvas.text(
    'Recommendation',
    { x: 0, y: top, w: panel, h: label * 1.2 },
    { size: label, colour: colours.paper, align: 'center' },
    'Recommendation label',
    { mark: { caps: 'shape' }, spacing: label * 0.06 },
  );
  top += label * 1.2;
  canvas.text(
    String(recommendation.number),
    { x: 0, y: top, w: panel, h: number * 1.15 },
    { size: number, colour: colours.paper, lineHeight: 1, align: 'center' },
    'Recommendation number',
    { valign: 'middle' },
  );
  top += number * 1.15 + 8;
  const dotsWidth = count * dots + (count - 1) * 20;
  RECOMMENDATION_NUMBERS.forEach((place, index) => {
    const current = place === recommendation.number;
    canvas.dot(
      { x: (panel - dotsWidth) / 2 + index * (dots + 20), y: top, w: dots, h: dots },
      colours.paper,
      current ? colours.paper : undefined,
      4,
      'Series position',
      current ? { alt: `Recommendation ${place} of ${count}` } : { decorative: true },
    );
  });

  const left = panel + 112;
  const width = SLIDE_SIZE.width - MARGIN.side - left;
  const headline = recommendationHeadline(recommendation);
  const size = 80;
  const lineHeight = 1.08;
  const pointSize = sizes['text-point'];
  const seriesSize = 40;
  const items = recommendation.points ?? [];
  const itemLines = items.map((point) => canvas.lines(point, pointSize, width - 48));
  const blocks: Block[] = [
    {
      height: seriesSize * 1.2,
      draw: (y) => {
        canvas.rect({ x: left, y: y + seriesSize * 0.6 - 4, w: 64, h: 8 }, colour, 'Rule');
        canvas.text(
          series.label,
          { x: left + 88, y, w: width - 88, h: seriesSize * 1.2 },
          { size: seriesSize, colour },
          'Series',
          { mark: { caps: 'shape' }, spacing: seriesSize * 0.06 },
        );
      },
    },
    {
      height: canvas.lines(headline, size, width, HEADING_TRACKING) * size * lineHeight,
      draw: (y) => {
        const h = canvas.lines(headline, size, width, HEADING_TRACKING) * size * lineHeight;
        canvas.text(headline, { x: left, y, w: width, h }, { size, colour: colours.ink, lineHeight }, 'Headline', {
          title: true,
        });
      },
    },
    ...japaneseHeadlineBlock(canvas, slide, left, width),
    ...(items.length === 0
      ? []
      : [
          {
            height: itemLines.reduce((sum, lines) => sum + lines * pointSize * 1.15, 0) + 20 * (items.length - 1),
            draw: (y: number) => {
              let at = y;
              items.forEach((point, index) => {
                const h = (itemLines[index] ?? 1) * pointSize * 1.15;
                canvas.rect({ x: left, y: at + pointSize * 0.42, w: 20, h: 20 }, colour, 'Bullet');
                canvas.text(
                  point,
                  { x: left + 48, y: at, w: width - 48, h },
                  { size: pointSize, colour: colours['ink-soft'], lineHeight: 1.15 },
                  'Point',
                );
                at += h + 20;
              });
            },
          },
        ]),
  ];
  // The body's padding: 136px above, 216px below (recommendation.css).
  stack(blocks, 40, { top: 136, bottom: 216 });
}
