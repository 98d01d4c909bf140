import type { DeckModel, DeckSlide, SlideView } from './deck.ts';
import { escapeHtml, renderParagraphs } from './html.ts';
import { iconSvg } from './icons.ts';
import { RECOMMENDATION_NUMBERS, type Milestone, type Point, type Recommendation } from './types.ts';
import { recommendationHeadline } from './views.ts';

const SERIES_LENGTH = RECOMMENDATION_NUMBERS.length;

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
      const { lines } = view;
      return [
        `<h1><span class="title-kind">${escapeHtml(lines.kind)}</span> <span class="title-speaker">${escapeHtml(lines.speaker)}</span></h1>`,
        `<p class="title-role">${escapeHtml(lines.role)}</p>`,
        `<p class="title-audience">${escapeHtml(lines.audience)}</p>`,
        `<p class="title-venue"><span>${escapeHtml(lines.venue)}</span> <time datetime="${escapeHtml(lines.isoDate)}">${escapeHtml(lines.date)}</time></p>`,
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
 * What the print view needs to bookmark the slide, decided by the model: its title and level, and its section (with
 * the section's level on the slide that opens it). The browser copies these; it derives nothing.
 */
function bookmarkData(slide: DeckSlide): string {
  const { bookmark, section } = slide;
  const own = ` data-bookmark="${escapeHtml(bookmark.title)}" data-bookmark-level="${bookmark.level}"`;
  if (!section) return own;
  const opens = section.opens ? ` data-section-level="${section.bookmarkLevel}"` : '';
  return `${own} data-section="${escapeHtml(section.heading)}"${opens}`;
}

/** One slide's `<section>`, its speaker notes inside. */
export function renderSlide(slide: DeckSlide): string {
  const classes = ['slide', `slide-${slide.view.kind}`];
  if (slide.section?.opens) classes.push('opens-section');
  const series =
    slide.view.kind === 'recommendation' ? ` data-series="${escapeHtml(slide.view.recommendation.series)}"` : '';
  return (
    `<section id="${escapeHtml(slide.id)}" class="${classes.join(' ')}" data-timing="${slide.timing}"${series}${bookmarkData(slide)}>` +
    `<div class="slide-frame">${renderSectionMarker(slide)}${renderView(slide.view)}</div>` +
    renderNotes(slide) +
    '</section>'
  );
}

/** The deck's `<section>` elements, one a slide, that go inside reveal.js's `.slides`. */
export function renderDeck(model: DeckModel): string {
  return model.slides.map(renderSlide).join('\n');
}
