import type { DeckSlide } from '../../model/deck.ts';
import { SLIDE_SIZE } from '../../model/slide-size.ts';
import type { Block, Canvas } from './canvas.ts';

/**
 * The slide's headline in Japanese under the English, as the deck shows it on J (deck-ja.css): a text box of its
 * own, in the translation's language and the deck's Japanese face. None when the export shows the English alone.
 */
export function japaneseHeadlineBlock(
  canvas: Canvas,
  slide: DeckSlide,
  x: number,
  width: number,
  align: 'left' | 'center' = 'left',
): Block[] {
  const text = slide.translated?.headline;
  const lang = canvas.translation?.lang;
  if (text === undefined || text === '' || lang === undefined) return [];
  const { face, size, colour, lineHeight, above, below, tracking } = canvas.theme.japanese;
  const height = canvas.japaneseLines(text, size, width, tracking) * size * lineHeight;
  return [
    {
      height: above + height + below,
      draw: (top) => {
        canvas.text(
          text,
          { x, y: top + above, w: width, h: height },
          { size, colour, lineHeight, align },
          'Japanese headline',
          { lang, face, spacing: tracking * size },
        );
      },
    },
  ];
}

/**
 * The label that says the Japanese is an unofficial translation (仮訳), framed in the slide's top right corner, as the
 * deck shows it on every slide while its Japanese headlines show (deck-ja.css: 32px from the top, 48px from the right,
 * 12px either side, a 2px line with 6px corners). Drawn last: a screen reader comes to it after the slide's words.
 */
export function translationLabel(canvas: Canvas): void {
  const { translation } = canvas;
  if (translation === undefined) return;
  const { colours, sizes, japanese } = canvas.theme;
  const size = sizes['text-label'];
  const border = 2;
  const width = canvas.japaneseWidth(translation.label, size, japanese.tracking) + 2 * (12 + border);
  const height = size * 1.4 + 2 * border;
  canvas.text(
    translation.label,
    { x: SLIDE_SIZE.width - 48 - width, y: 32, w: width, h: height },
    { size, colour: colours['ink-soft'], lineHeight: 1.4, align: 'center' },
    'Translation label',
    {
      lang: translation.lang,
      face: japanese.face,
      spacing: japanese.tracking * size,
      valign: 'middle',
      frame: { width: border, radius: 6 },
    },
  );
}
