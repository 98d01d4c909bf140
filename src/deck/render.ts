import { deckSlides, type DeckOptions, type DeckSlide, type SlideView } from './deck.ts';
import { formatDate } from './dates.ts';
import { escapeHtml, renderParagraphs } from './html.ts';
import { iconSvg } from './icons.ts';
import { bookmarkTitle, recommendationHeadline } from './screen.ts';
import type { Translation } from './translation.ts';
import { translatedHeadline } from './translation-view.ts';
import {
  RECOMMENDATION_NUMBERS,
  type Milestone,
  type Point,
  type Recommendation,
  type Speech,
  type TitleBlock,
} from './types.ts';

const SERIES_LENGTH = RECOMMENDATION_NUMBERS.length;

export function deckTitle(titleBlock: TitleBlock): string {
  return `${titleBlock.kind} of ${titleBlock.speaker}, ${titleBlock.speakerRole}, to ${titleBlock.audience}, ${formatDate(titleBlock.date)}`;
}

function renderNotes(slide: DeckSlide): string {
  return slide.notes.length === 0 ? '' : `<aside class="notes">${renderParagraphs(slide.notes)}</aside>`;
}

/** Marks, one per section, the current one filled: decorative, since the heading beside them names the section. */
function renderSteps(count: number, current: number): string {
  const steps = Array.from({ length: count }, (_, index) =>
    index === current ? '<span class="current"></span>' : '<span></span>',
  );
  return `<span class="section-steps" aria-hidden="true">${steps.join('')}</span>`;
}

/** A quiet marker of the section on its slides; on the section's first slide it opens the section in large. */
function renderSectionMarker(slide: DeckSlide): string {
  const { section } = slide;
  if (!section) return '';
  const steps = renderSteps(section.count, section.index);
  return `<div class="section-marker">${steps}<p class="kicker">${escapeHtml(section.heading)}</p></div>`;
}

/** Short points stand side by side across the frame, each under its icon; longer ones take rows (four: two by two). */
const SHORT_POINT = 30;

function renderPoints(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const items = points.map(
    (point) => `<li>${point.icon ? iconSvg(point.icon) : ''}<span>${escapeHtml(point.text)}</span></li>`,
  );
  const short = points.every((point) => point.text.length <= SHORT_POINT) ? ' points-short' : '';
  return `<ul class="points points-${points.length}${short}">${items.join('')}</ul>`;
}

function renderTimeline(timeline: readonly Milestone[]): string {
  if (timeline.length === 0) return '';
  const milestones = timeline.map((milestone) => {
    const year = milestone.year ? `<span class="milestone-year">${escapeHtml(milestone.year)}</span>` : '';
    const detail = milestone.detail ? `<span class="milestone-detail">${escapeHtml(milestone.detail)}</span>` : '';
    const dated = milestone.year ? ' milestone-dated' : '';
    return `<li class="milestone${dated}">${year}<span class="milestone-label">${escapeHtml(milestone.label)}</span>${detail}</li>`;
  });
  return `<ol class="timeline">${milestones.join('')}</ol>`;
}

/** The recommendation's number large, and beside it a mark for each of the series' five, this one filled. */
function renderRecommendationMark(recommendation: Recommendation): string {
  const marks = Array.from({ length: SERIES_LENGTH }, (_, index) =>
    index + 1 === recommendation.number ? '<span class="current"></span>' : '<span></span>',
  );
  return [
    '<div class="recommendation-mark">',
    iconSvg(recommendation.icon),
    '<p class="recommendation-count">',
    '<span class="recommendation-label">Recommendation</span> ',
    `<span class="recommendation-number">${recommendation.number}</span> `,
    `<span class="series-position" role="img" aria-label="of ${SERIES_LENGTH}">${marks.join('')}</span>`,
    '</p></div>',
  ].join('');
}

function renderView(view: SlideView): string {
  switch (view.kind) {
    case 'title': {
      const block = view.titleBlock;
      return [
        `<h1><span class="title-kind">${escapeHtml(block.kind)} of</span> <span class="title-speaker">${escapeHtml(block.speaker)}</span></h1>`,
        `<p class="title-role">${escapeHtml(block.speakerRole)}</p>`,
        `<p class="title-audience">to ${escapeHtml(block.audience)}</p>`,
        `<p class="title-venue"><span>${escapeHtml(block.venue)}</span> <time datetime="${escapeHtml(block.date)}">${escapeHtml(formatDate(block.date))}</time></p>`,
      ].join('');
    }
    case 'salutation': {
      const names = view.salutation.dignitaries.map((dignitary) => `<li>${escapeHtml(dignitary.name)}</li>`);
      return `<ul class="dignitaries">${names.join('')}</ul><h2 class="salutation-closing">${escapeHtml(view.salutation.closing)}</h2>`;
    }
    case 'prose':
      return [`<h2>${escapeHtml(view.headline)}</h2>`, renderPoints(view.points), renderTimeline(view.timeline)].join(
        '',
      );
    case 'recommendation': {
      const { recommendation } = view;
      const points = (recommendation.points ?? []).map((point) => `<li>${escapeHtml(point)}</li>`);
      return [
        '<div class="recommendation">',
        renderRecommendationMark(recommendation),
        '<div class="recommendation-body">',
        `<p class="recommendation-series">${escapeHtml(view.series.label)}</p>`,
        `<h2>${escapeHtml(recommendationHeadline(recommendation))}</h2>`,
        points.length > 0 ? `<ul class="recommendation-points">${points.join('')}</ul>` : '',
        '</div></div>',
      ].join('');
    }
  }
}

/**
 * The slide's headline in Japanese, under the English one: hidden until the hall asks for it (J, src/client/main.ts;
 * theme/deck-ja.css); the handout's Japanese shows it too.
 */
function withJapaneseHeadline(viewHtml: string, headline: string | undefined): string {
  if (headline === undefined) return viewHtml;
  const element = `<p class="headline-ja" lang="ja">${escapeHtml(headline)}</p>`;
  const after = /<\/h[12]>/.exec(viewHtml);
  if (after === null) return viewHtml + element;
  const end = after.index + after[0].length;
  return viewHtml.slice(0, end) + element + viewHtml.slice(end);
}

/** One slide's `<section>`, its speaker notes inside; `japaneseHeadline` goes under the English one, hidden. */
export function renderSlide(slide: DeckSlide, japaneseHeadline?: string): string {
  const classes = ['slide', `slide-${slide.view.kind}`];
  if (slide.section?.opens) classes.push('opens-section');
  const series =
    slide.view.kind === 'recommendation' ? ` data-series="${escapeHtml(slide.view.recommendation.series)}"` : '';
  return (
    `<section id="${escapeHtml(slide.id)}" class="${classes.join(' ')}" data-timing="${slide.timing}"${series} data-bookmark="${escapeHtml(bookmarkTitle(slide))}">` +
    `<div class="slide-frame">${renderSectionMarker(slide)}${withJapaneseHeadline(renderView(slide.view), japaneseHeadline)}</div>` +
    renderNotes(slide) +
    '</section>'
  );
}

export interface RenderedDeck {
  readonly title: string;
  readonly slides: readonly DeckSlide[];
  /** The `<section>` elements that go inside reveal.js's `.slides`. */
  readonly html: string;
  readonly totalSeconds: number;
}

export function renderDeck(
  speech: Speech,
  options: DeckOptions & { readonly translation?: Translation | undefined } = {},
): RenderedDeck {
  const slides = deckSlides(speech, options);
  const { translation } = options;
  return {
    title: deckTitle(speech.titleBlock),
    slides,
    html: slides.map((slide) => renderSlide(slide, translation && translatedHeadline(slide, translation))).join('\n'),
    totalSeconds: slides.reduce((sum, slide) => sum + slide.timing, 0),
  };
}
