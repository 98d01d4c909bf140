import { deckSlides, type DeckSlide } from './deck.ts';
import { escapeHtml, renderParagraphs } from './html.ts';
import { formatDate } from './dates.ts';
import type { Translation } from './translation.ts';
import {
  bilingual,
  renderBilingualSlideLink,
  renderLanguageSwitch,
  renderTranslatedPassage,
  renderTranslatedTitleBlock,
  translatedSectionHeading,
} from './translation-reading.ts';
import type { Speech } from './types.ts';

function renderTitleBlock(speech: Speech, translation?: Translation): string {
  const block = speech.titleBlock;
  const lines = [
    `<p class="reading-kind">${escapeHtml(block.kind)} of</p>`,
    `<h1>${escapeHtml(block.speaker)}</h1>`,
    `<p class="reading-role">${escapeHtml(block.speakerRole)}</p>`,
    `<p>to ${escapeHtml(block.audience)}</p>`,
    `<p class="reading-venue">${escapeHtml(block.venue)}, <time datetime="${escapeHtml(block.date)}">${escapeHtml(formatDate(block.date))}</time></p>`,
    '<p class="reading-presentation"><a href="./index.html">Open the presentation</a></p>',
  ].join('');
  if (translation === undefined) return `<header class="reading-header">${lines}</header>`;
  const translated = renderTranslatedTitleBlock(block, translation);
  return `<header class="reading-header">${renderLanguageSwitch(translation)}<div class="reading-titles">${bilingual('div', '', lines, translated, translation.lang)}</div></header>`;
}

function renderPassage(slide: DeckSlide, translation?: Translation): string {
  const kind = slide.view.kind === 'salutation' ? ' reading-salutation' : '';
  const open = `<div class="reading-passage${kind}" id="read-${escapeHtml(slide.id)}">`;
  if (translation !== undefined) {
    const texts = bilingual(
      'div',
      '',
      renderParagraphs(slide.notes),
      renderTranslatedPassage(slide, translation),
      translation.lang,
    );
    return `${open}${renderBilingualSlideLink(slide, translation)}<div class="reading-texts">${texts}</div></div>`;
  }
  const link = `<a class="reading-slide-link" href="./index.html#/${escapeHtml(slide.id)}" aria-label="Slide ${slide.number} in the presentation">Slide ${slide.number}</a>`;
  return `${open}${link}${renderParagraphs(slide.notes)}</div>`;
}

function sectionAnchor(slide: DeckSlide): string {
  return `read-section-${slide.id}`;
}

function renderContents(slides: readonly DeckSlide[], translation?: Translation): string {
  const items = slides
    .filter((slide) => slide.section?.opens)
    .map((slide) => {
      const heading = escapeHtml(slide.section?.heading ?? '');
      const text = translation
        ? bilingual('span', '', heading, translatedSectionHeading(slide, translation), translation.lang)
        : heading;
      return `<li><a href="#${escapeHtml(sectionAnchor(slide))}">${text}</a></li>`;
    });
  return `<nav class="reading-contents" aria-label="Sections"><ol>${items.join('')}</ol></nav>`;
}

/**
 * The speech as a document, for readers on a laptop or phone and as a printed handout: the title block, the sections,
 * then every spoken paragraph under its section heading, each passage linked to its slide. With a translation, each
 * block is there in both languages, and a switch chooses which show (translation-reading.ts).
 */
export function renderReading(speech: Speech, translation?: Translation): string {
  const slides = deckSlides(speech);
  const parts: string[] = [
    renderTitleBlock(speech, translation),
    renderContents(slides, translation),
    '<div class="reading-body">',
  ];
  for (const slide of slides) {
    if (slide.notes.length === 0) continue;
    if (slide.section?.opens) {
      const heading = escapeHtml(slide.section.heading);
      const id = ` id="${escapeHtml(sectionAnchor(slide))}"`;
      parts.push(
        translation
          ? `<div class="reading-heading"${id}>${bilingual('h2', '', heading, translatedSectionHeading(slide, translation), translation.lang)}</div>`
          : `<h2${id}>${heading}</h2>`,
      );
    }
    parts.push(renderPassage(slide, translation));
  }
  parts.push('</div>');
  return parts.join('');
}
