import type { DeckModel, DeckSlide, SlideContent } from './deck.ts';
import { html, joinHtml, raw, renderParagraphs, type SafeHtml } from './html.ts';
import { iconSvg } from './icons.ts';
import { RECOMMENDATION_NUMBERS, type IconName, type Milestone, type Point, type Recommendation } from './types.ts';
import { recommendationHeadline } from './slide-content.ts';

const SERIES_LENGTH = RECOMMENDATION_NUMBERS.length;

/** An icon of the set, inlined: the package's own SVG, trusted as markup. */
const icon = (name: IconName) => raw(iconSvg(name));

/**
 * `deck`: the slide's headings are headings. `none`: they are presentational (`role="none"`), where the page around
 * the slide carries the structure and the bookmarks (the handout).
 */
type HeadingRole = 'deck' | 'none';

function renderNotes(slide: DeckSlide): SafeHtml | '' {
  return slide.notes.length === 0 ? '' : html`<aside class="notes">${renderParagraphs(slide.notes)}</aside>`;
}

/** Marks, one per section, the current one filled: decorative, since the heading beside them names the section. */
function renderSteps(count: number, current: number): SafeHtml {
  const steps = Array.from({ length: count }, (_, index) =>
    index === current ? html`<span class="current"></span>` : html`<span></span>`,
  );
  return html`<span class="section-steps" aria-hidden="true">${steps}</span>`;
}

/** A quiet marker of the section on its slides; on the section's first slide it opens the section in large. */
function renderSectionMarker(slide: DeckSlide): SafeHtml | '' {
  const { section } = slide;
  if (!section) return '';
  const steps = renderSteps(section.count, section.index);
  return html`<div class="section-marker">${steps}<p class="kicker">${section.heading}</p></div>`;
}

/** Short points stand side by side across the frame, each under its icon; longer ones take rows (four: two by two). */
const SHORT_POINT = 30;

function renderPoints(points: readonly Point[]): SafeHtml | '' {
  if (points.length === 0) return '';
  const items = points.map((point) => html`<li>${point.icon && icon(point.icon)}<span>${point.text}</span></li>`);
  const short = points.every((point) => point.text.length <= SHORT_POINT) ? ' points-short' : '';
  return html`<ul class="points points-${points.length}${short}">${items}</ul>`;
}

function renderTimeline(timeline: readonly Milestone[]): SafeHtml | '' {
  if (timeline.length === 0) return '';
  const milestones = timeline.map((milestone) => {
    const year = milestone.year && html`<span class="milestone-year">${milestone.year}</span>`;
    const detail = milestone.detail && html`<span class="milestone-detail">${milestone.detail}</span>`;
    const dated = milestone.year ? ' milestone-dated' : '';
    const label = html`<span class="milestone-label">${milestone.label}</span>`;
    return html`<li class="milestone${dated}">${year}${label}${detail}</li>`;
  });
  return html`<ol class="timeline">${milestones}</ol>`;
}

/** The recommendation's number large, and beside it a mark for each of the series' five, this one filled. */
function renderRecommendationMark(recommendation: Recommendation): SafeHtml {
  const marks = Array.from({ length: SERIES_LENGTH }, (_, index) =>
    index + 1 === recommendation.number ? html`<span class="current"></span>` : html`<span></span>`,
  );
  return html`<div class="recommendation-mark">${icon(recommendation.icon)}<p class="recommendation-count">${[
    html`<span class="recommendation-label">Recommendation</span> `,
    html`<span class="recommendation-number">${recommendation.number}</span> `,
    html`<span class="series-position" role="img" aria-label="of ${SERIES_LENGTH}">${marks}</span>`,
  ]}</p></div>`;
}

/**
 * The slide's headline in Japanese, under the English one: hidden until the hall asks for it (J, src/client/main.ts;
 * theme/deck-ja.css); the handout's Japanese shows it too.
 */
function renderJapaneseHeadline(headline: string | undefined): SafeHtml | undefined {
  return headline === undefined ? undefined : html`<p class="headline-ja" lang="ja">${headline}</p>`;
}

function renderContent(content: SlideContent, headings: HeadingRole, japaneseHeadline?: string): SafeHtml {
  const role = headings === 'none' && html` role="none"`;
  const ja = renderJapaneseHeadline(japaneseHeadline);
  switch (content.kind) {
    case 'title': {
      const { lines } = content;
      return html`${[
        html`<h1${role}><span class="title-kind">${lines.kind}</span> <span class="title-speaker">${lines.speaker}</span></h1>`,
        ja,
        html`<p class="title-role">${lines.role}</p>`,
        html`<p class="title-audience">${lines.audience}</p>`,
        html`<p class="title-venue"><span>${lines.venue}</span> <time datetime="${lines.isoDate}">${lines.date}</time></p>`,
      ]}`;
    }
    case 'salutation': {
      const names = content.salutation.dignitaries.map((dignitary) => html`<li>${dignitary.name}</li>`);
      const closing = html`<h2${role} class="salutation-closing">${content.salutation.closing}</h2>`;
      return html`<ul class="dignitaries">${names}</ul>${closing}${ja}`;
    }
    case 'prose':
      return html`<h2${role}>${content.headline}</h2>${ja}${renderPoints(content.points)}${renderTimeline(content.timeline)}`;
    case 'recommendation': {
      const { recommendation } = content;
      const points = (recommendation.points ?? []).map((point) => html`<li>${point}</li>`);
      return html`<div class="recommendation">${renderRecommendationMark(recommendation)}<div class="recommendation-body">${[
        html`<p class="recommendation-series">${content.series.label}</p>`,
        html`<h2${role}>${recommendationHeadline(recommendation)}</h2>`,
        ja,
        points.length > 0 && html`<ul class="recommendation-points">${points}</ul>`,
      ]}</div></div>`;
    }
  }
}

/**
 * One slide's `<section>`, its speaker notes inside; `headings: 'none'` where the page around it heads it;
 * `japaneseHeadline` goes under the English one, hidden.
 */
export function renderSlide(slide: DeckSlide, headings: HeadingRole = 'deck', japaneseHeadline?: string): SafeHtml {
  const classes = ['slide', `slide-${slide.content.kind}`];
  if (slide.section?.opens) classes.push('opens-section');
  const series = slide.content.kind === 'recommendation' && html` data-series="${slide.content.recommendation.series}"`;
  const frame = html`<div class="slide-frame">${renderSectionMarker(slide)}${renderContent(slide.content, headings, japaneseHeadline)}</div>`;
  return html`<section id="${slide.id}" class="${classes.join(' ')}"${series}>${frame}${renderNotes(slide)}</section>`;
}

/**
 * The deck's `<section>` elements, one a slide, that go inside reveal.js's `.slides`; with `japaneseHeadlines` and the
 * model's translation, each carries its translated headline (hidden until J).
 */
export function renderDeck(model: DeckModel, options: { readonly japaneseHeadlines?: boolean } = {}): string {
  return joinHtml(
    model.slides.map((slide) =>
      renderSlide(slide, 'deck', options.japaneseHeadlines === true ? slide.translated?.headline : undefined),
    ),
    '\n',
  ).toString();
}
