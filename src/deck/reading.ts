import type { DeckModel, DeckSlide } from './deck.ts';
import { escapeHtml, renderParagraphs } from './html.ts';
import type { TitleLines } from './title.ts';

function renderTitleBlock(lines: TitleLines): string {
  return [
    '<header class="reading-header">',
    `<p class="reading-kind">${escapeHtml(lines.kind)}</p>`,
    `<h1>${escapeHtml(lines.speaker)}</h1>`,
    `<p class="reading-role">${escapeHtml(lines.role)}</p>`,
    `<p>${escapeHtml(lines.audience)}</p>`,
    `<p class="reading-venue">${escapeHtml(lines.venue)}, <time datetime="${escapeHtml(lines.isoDate)}">${escapeHtml(lines.date)}</time></p>`,
    '<p class="reading-presentation"><a href="./index.html">Open the presentation</a></p>',
    '</header>',
  ].join('');
}

function renderPassage(slide: DeckSlide): string {
  const link = `<a class="reading-slide-link" href="./index.html#/${escapeHtml(slide.id)}" aria-label="Slide ${slide.number} in the presentation">Slide ${slide.number}</a>`;
  const kind = slide.view.kind === 'salutation' ? ' reading-salutation' : '';
  return `<div class="reading-passage${kind}" id="read-${escapeHtml(slide.id)}">${link}${renderParagraphs(slide.notes)}</div>`;
}

function sectionAnchor(slide: DeckSlide): string {
  return `read-section-${slide.id}`;
}

function renderContents(slides: readonly DeckSlide[]): string {
  const items = slides
    .filter((slide) => slide.section?.opens)
    .map(
      (slide) =>
        `<li><a href="#${escapeHtml(sectionAnchor(slide))}">${escapeHtml(slide.section?.heading ?? '')}</a></li>`,
    );
  return `<nav class="reading-contents" aria-label="Sections"><ol>${items.join('')}</ol></nav>`;
}

/**
 * The speech as a document, for readers on a laptop or phone and as a printed handout: the title block, the sections,
 * then every spoken paragraph under its section heading, each passage linked to its slide.
 */
export function renderReading(model: DeckModel): string {
  const parts: string[] = [renderTitleBlock(model.title), renderContents(model.slides), '<div class="reading-body">'];
  for (const slide of model.slides) {
    if (slide.notes.length === 0) continue;
    if (slide.section?.opens) {
      parts.push(`<h2 id="${escapeHtml(sectionAnchor(slide))}">${escapeHtml(slide.section.heading)}</h2>`);
    }
    parts.push(renderPassage(slide));
  }
  parts.push('</div>');
  return parts.join('');
}
