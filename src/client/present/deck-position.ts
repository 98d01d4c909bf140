import type { RevealApi } from 'reveal.js';
import type { PageSlide } from '../../model/page-model.ts';
import type { Clock, Position } from '../../protocol/live.ts';
import { blankScreen } from '../deck-keys.ts';
import { pageModel } from '../page-model.ts';

function headlineOf(slide: PageSlide | undefined): string {
  // The bookmark title is the build's one-line name for each slide (also the PDF's outline).
  return (slide?.bookmark ?? '').slice(0, 300);
}

/**
 * Where the deck is, as the hall's server relays it; `paragraph` from the speaker view's paced position, `clock` the
 * talk's clock (deck-clock.ts).
 */
export function deckPosition(deck: RevealApi, paragraph: number | undefined, clock?: Clock): Position {
  const { slides, totalSeconds } = pageModel();
  const current = deck.getCurrentSlide();
  const index = Math.max(0, deck.getSlides().indexOf(current));
  const plannedAt = slides.slice(0, index).reduce((sum, slide) => sum + slide.seconds, 0);
  return {
    slide: current.id,
    index,
    total: Math.max(1, slides.length),
    headline: headlineOf(slides[index]),
    next: headlineOf(slides[index + 1]),
    blank: deck.isPaused(),
    ...(deck.isPaused() ? { blankScreen: blankScreen(deck) } : {}),
    ...(paragraph === undefined ? {} : { paragraph }),
    plannedAt: Math.round(plannedAt),
    plannedTotal: totalSeconds,
    ...(clock === undefined ? {} : { clock }),
  };
}
