import type { DeckModel, DeckSlide, TranslationInfo } from './deck.ts';
import { html, renderParagraphs, type SafeHtml } from './html.ts';
import type { TitleLines } from './title.ts';
import {
  bilingual,
  renderBilingualSlideLink,
  renderLanguageSwitch,
  renderTranslatedTitleBlock,
} from './translation-reading.ts';
import { renderTranslatedParagraphs } from './translated-slides.ts';

function renderTitleBlock(lines: TitleLines, translation?: TranslationInfo): SafeHtml {
  const english = html`${[
    html`<p class="reading-kind">${lines.kind}</p>`,
    html`<h1>${lines.speaker}</h1>`,
    html`<p class="reading-role">${lines.role}</p>`,
    html`<p>${lines.audience}</p>`,
    html`<p class="reading-venue">${lines.venue}, <time datetime="${lines.isoDate}">${lines.date}</time></p>`,
    html`<p class="reading-presentation"><a href="./index.html">Open the presentation</a></p>`,
  ]}`;
  if (translation === undefined) return html`<header class="reading-header">${english}</header>`;
  const titles = bilingual('div', english, renderTranslatedTitleBlock(lines, translation), translation.lang);
  return html`<header class="reading-header">${renderLanguageSwitch(translation)}<div class="reading-titles">${titles}</div></header>`;
}

function renderPassage(slide: DeckSlide, translation?: TranslationInfo): SafeHtml {
  const kind = slide.content.kind === 'salutation' ? ' reading-salutation' : '';
  if (translation !== undefined) {
    const translated = renderTranslatedParagraphs(slide.translated?.notes ?? []);
    const texts = bilingual('div', renderParagraphs(slide.notes), translated, translation.lang);
    const link = renderBilingualSlideLink(slide, translation);
    return html`<div class="reading-passage${kind}" id="read-${slide.id}">${link}<div class="reading-texts">${texts}</div></div>`;
  }
  const link = html`<a class="reading-slide-link" href="./index.html#/${slide.id}" aria-label="Slide ${slide.number} in the presentation">Slide ${slide.number}</a>`;
  return html`<div class="reading-passage${kind}" id="read-${slide.id}">${link}${renderParagraphs(slide.notes)}</div>`;
}

function sectionAnchor(slide: DeckSlide): string {
  return `read-section-${slide.id}`;
}

function renderContents(slides: readonly DeckSlide[], translation?: TranslationInfo): SafeHtml {
  const items = slides
    .filter((slide) => slide.section?.opens)
    .map((slide) => {
      const heading = slide.section?.heading ?? '';
      const text = translation
        ? bilingual('span', heading, slide.translated?.sectionHeading ?? '', translation.lang)
        : heading;
      return html`<li><a href="#${sectionAnchor(slide)}">${text}</a></li>`;
    });
  return html`<nav class="reading-contents" aria-label="Sections"><ol>${items}</ol></nav>`;
}

function renderSectionHeading(slide: DeckSlide, heading: string, translation?: TranslationInfo): SafeHtml {
  if (translation === undefined) return html`<h2 id="${sectionAnchor(slide)}">${heading}</h2>`;
  const both = bilingual('h2', heading, slide.translated?.sectionHeading ?? '', translation.lang);
  return html`<div class="reading-heading" id="${sectionAnchor(slide)}">${both}</div>`;
}

/**
 * The speech as a document, for readers on a laptop or phone and as a printed handout: the title block, the sections,
 * then every spoken paragraph under its section heading, each passage linked to its slide. With a translation, each
 * block is there in both languages, and a switch chooses which show (translation-reading.ts).
 */
export function renderReading(model: DeckModel): string {
  const { translation } = model;
  const passages = model.slides
    .filter((slide) => slide.notes.length > 0)
    .map((slide) => [
      slide.section?.opens && renderSectionHeading(slide, slide.section.heading, translation),
      renderPassage(slide, translation),
    ]);
  const body = html`<div class="reading-body">${passages}</div>`;
  const contents = renderContents(model.slides, translation);
  return html`${renderTitleBlock(model.title, translation)}${contents}${body}`.toString();
}
