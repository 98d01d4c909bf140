import { deckSlides, type DeckOptions, type DeckSlide, type SlideView } from './deck.ts';
import { formatDate } from './dates.ts';
import { escapeHtml, renderParagraphs } from './html.ts';
import { iconSvg } from './icons.ts';
import { recommendationHeadline, recommendationPosition } from './screen.ts';
import type { Speech, TitleBlock } from './types.ts';

function deckTitle(titleBlock: TitleBlock): string {
  return `${titleBlock.kind} of ${titleBlock.speaker}, ${titleBlock.speakerRole}, to ${titleBlock.audience}, ${formatDate(titleBlock.date)}`;
}

function renderNotes(slide: DeckSlide): string {
  return slide.notes.length === 0 ? '' : `<aside class="notes">${renderParagraphs(slide.notes)}</aside>`;
}

function renderKicker(slide: DeckSlide): string {
  return slide.section ? `<p class="kicker">${escapeHtml(slide.section.heading)}</p>` : '';
}

function renderView(slide: DeckSlide, view: SlideView): string {
  switch (view.kind) {
    case 'title': {
      const block = view.titleBlock;
      return [
        `<h1><span class="title-kind">${escapeHtml(block.kind)} of</span> ${escapeHtml(block.speaker)}</h1>`,
        `<p class="title-role">${escapeHtml(block.speakerRole)}</p>`,
        `<p class="title-audience">to ${escapeHtml(block.audience)}</p>`,
        `<p class="title-venue"><span>${escapeHtml(block.venue)}</span> <time datetime="${escapeHtml(block.date)}">${escapeHtml(formatDate(block.date))}</time></p>`,
      ].join('');
    }
    case 'salutation': {
      const names = view.salutation.dignitaries.map((dignitary) => `<li>${escapeHtml(dignitary.name)}</li>`);
      return `<ul class="dignitaries">${names.join('')}</ul><h2 class="salutation-closing">${escapeHtml(view.salutation.closing)}</h2>`;
    }
    case 'prose': {
      const points = view.points.map(
        (point) => `<li>${point.icon ? iconSvg(point.icon) : ''}<span>${escapeHtml(point.text)}</span></li>`,
      );
      const milestones = view.timeline.map((milestone) => {
        const year = milestone.year ? `<span class="milestone-year">${escapeHtml(milestone.year)}</span>` : '';
        const detail = milestone.detail ? `<span class="milestone-detail">${escapeHtml(milestone.detail)}</span>` : '';
        const dated = milestone.year ? ' milestone-dated' : '';
        return `<li class="milestone${dated}">${year}<span class="milestone-label">${escapeHtml(milestone.label)}</span>${detail}</li>`;
      });
      return [
        renderKicker(slide),
        `<h2>${escapeHtml(view.headline)}</h2>`,
        points.length > 0 ? `<ul class="points">${points.join('')}</ul>` : '',
        milestones.length > 0 ? `<ol class="timeline">${milestones.join('')}</ol>` : '',
      ].join('');
    }
    case 'recommendation': {
      const { recommendation } = view;
      const points = (recommendation.points ?? []).map((point) => `<li>${escapeHtml(point)}</li>`);
      return [
        renderKicker(slide),
        '<div class="recommendation">',
        `<div class="recommendation-badge">${iconSvg(recommendation.icon)}<span class="recommendation-number" aria-hidden="true">${recommendation.number}</span></div>`,
        '<div class="recommendation-body">',
        `<p class="recommendation-series">${escapeHtml(view.series.label)} <span class="recommendation-count">${recommendationPosition(recommendation)}</span></p>`,
        `<h2>${escapeHtml(recommendationHeadline(recommendation))}</h2>`,
        points.length > 0 ? `<ul class="recommendation-points">${points.join('')}</ul>` : '',
        '</div></div>',
      ].join('');
    }
  }
}

function renderSlide(slide: DeckSlide): string {
  const classes = ['slide', `slide-${slide.view.kind}`];
  if (slide.section?.opens) classes.push('opens-section');
  const series =
    slide.view.kind === 'recommendation' ? ` data-series="${escapeHtml(slide.view.recommendation.series)}"` : '';
  return (
    `<section id="${escapeHtml(slide.id)}" class="${classes.join(' ')}" data-timing="${slide.timing}"${series}>` +
    `<div class="slide-frame">${renderView(slide, slide.view)}</div>` +
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

export function renderDeck(speech: Speech, options: DeckOptions = {}): RenderedDeck {
  const slides = deckSlides(speech, options);
  return {
    title: deckTitle(speech.titleBlock),
    slides,
    html: slides.map(renderSlide).join('\n'),
    totalSeconds: slides.reduce((sum, slide) => sum + slide.timing, 0),
  };
}
