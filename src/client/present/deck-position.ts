import type { RevealApi } from 'reveal.js';
import type { Clock, Position } from '../../protocol/live.ts';
import { blankScreen } from '../deck-keys.ts';

function headlineOf(slide: HTMLElement | undefined): string {
  // The bookmark title is the build's one-line name for each slide (also the PDF's outline).
  return (slide?.dataset.bookmark ?? '').slice(0, 300);
}

function timingOf(slide: HTMLElement): number {
  const seconds = Number(slide.dataset.timing);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

/**
 * Where the deck is, as the hall's server relays it; `paragraph` from the speaker view's paced position, `clock` the
 * talk's clock (deck-clock.ts).
 */
export function deckPosition(deck: RevealApi, paragraph: number | undefined, clock?: Clock): Position {
  const slides = deck.getSlides();
  const current = deck.getCurrentSlide();
  const index = Math.max(0, slides.indexOf(current));
  const plannedAt = slides.slice(0, index).reduce((sum, slide) => sum + timingOf(slide), 0);
  const plannedTotal = slides.reduce((sum, slide) => sum + timingOf(slide), 0);
  return {
    slide: current.id,
    index,
    total: Math.max(1, slides.length),
    headline: headlineOf(current),
    next: headlineOf(slides[index + 1]),
    blank: deck.isPaused(),
    ...(deck.isPaused() ? { blankScreen: blankScreen(deck) } : {}),
    ...(paragraph === undefined ? {} : { paragraph }),
    plannedAt: Math.round(plannedAt),
    plannedTotal: Math.round(plannedTotal),
    ...(clock === undefined ? {} : { clock }),
  };
}
