import type { DeckSlide } from '../../model/deck.ts';
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
  const lang = canvas.translationLang;
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
