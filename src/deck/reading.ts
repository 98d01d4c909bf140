import type { DeckModel, DeckSlide } from './deck.ts';
import { html, renderParagraphs, type SafeHtml } from './html.ts';
import type { TitleLines } from './title.ts';

function renderTitleBlock(lines: TitleLines): SafeHtml {
  return html`<header class="reading-header">${[
    html`<p class="reading-kind">${lines.kind}</p>`,
    html`<h1>${lines.speaker}</h1>`,
    html`<p class="reading-role">${lines.role}</p>`,
    html`<p>${lines.audience}</p>`,
    html`<p class="reading-venue">${lines.venue}, <time datetime="${lines.isoDate}">${lines.date}</time></p>`,
    html`<p class="reading-presentation"><a href="./index.html">Open the presentation</a></p>`,
  ]}</header>`;
}

function renderPassage(slide: DeckSlide): SafeHtml {
  const link = html`<a class="reading-slide-link" href="./index.html#/${slide.id}" aria-label="Slide ${slide.number} in the presentation">Slide ${slide.number}</a>`;
  const kind = slide.view.kind === 'salutation' ? ' reading-salutation' : '';
  return html`<div class="reading-passage${kind}" id="read-${slide.id}">${link}${renderParagraphs(slide.notes)}</div>`;
}

function sectionAnchor(slide: DeckSlide): string {
  return `read-section-${slide.id}`;
}

function renderContents(slides: readonly DeckSlide[]): SafeHtml {
  const items = slides
    .filter((slide) => slide.section?.opens)
    .map((slide) => html`<li><a href="#${sectionAnchor(slide)}">${slide.section?.heading ?? ''}</a></li>`);
  return html`<nav class="reading-contents" aria-label="Sections"><ol>${items}</ol></nav>`;
}

/**
 * The speech as a document, for readers on a laptop or phone and as a printed handout: the title block, the sections,
 * then every spoken paragraph under its section heading, each passage linked to its slide.
 */
export function renderReading(model: DeckModel): string {
  const passages = model.slides
    .filter((slide) => slide.notes.length > 0)
    .map((slide) => [
      slide.section?.opens && html`<h2 id="${sectionAnchor(slide)}">${slide.section.heading}</h2>`,
      renderPassage(slide),
    ]);
  const body = html`<div class="reading-body">${passages}</div>`;
  return html`${renderTitleBlock(model.title)}${renderContents(model.slides)}${body}`.toString();
}
