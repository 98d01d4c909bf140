import { html, type Interpolation, type SafeHtml } from './html.ts';

/** One slide of the handout, its parts already rendered by the slide and notes renderers. */
export interface HandoutSlide {
  readonly id: string;
  readonly number: number;
  /** What the slide is called in the handout's headings and bookmarks. */
  readonly headline: string;
  /** A recommendation: its heading and bookmark sit under the slide that introduces its series. */
  readonly nested: boolean;
  /** The section the slide opens, if it opens one. */
  readonly opensSection?: string | undefined;
  /** The slide's `<section>`, as the deck shows it. */
  readonly slideHtml: SafeHtml;
  /** The words spoken over it, as `<p>`s; empty markup when nothing is spoken. */
  readonly notesHtml: SafeHtml;
  /** The same in the handout's translation, if it has one. */
  readonly translated?: TranslatedHandoutSlide | undefined;
}

/** A slide's heading, section heading and notes in the handout's translation. */
export interface TranslatedHandoutSlide {
  readonly headline: string;
  readonly opensSection?: string | undefined;
  readonly notesHtml: SafeHtml;
}

/** The handout's second language: its texts, and the words around the slides. */
export interface HandoutTranslation {
  readonly lang: string;
  /** That the translation is not the official text ("仮訳"). */
  readonly label: string;
  readonly title: string;
  readonly byline: string;
  /** The word for a slide ("スライド"). */
  readonly slide: string;
  readonly silent: string;
}

export interface Handout {
  /** Heads the first page. */
  readonly title: string;
  /** Who spoke, to whom, where and when: under the title. */
  readonly byline: string;
  readonly slides: readonly HandoutSlide[];
  /** Printed in English, in the translation or both, as the page's `data-handout-lang` says (handout-lang.css). */
  readonly translation?: HandoutTranslation | undefined;
}

/** Text in English and, where the handout has a translation, in it too, each in its own `lang`. */
function both(
  translation: HandoutTranslation | undefined,
  english: Interpolation,
  translated: Interpolation,
): SafeHtml {
  if (translation === undefined || translated === undefined) return html`${english}`;
  return html`<span class="lang-en" lang="en">${english}</span><span class="lang-tr" lang="${translation.lang}">${translated}</span>`;
}

function renderNotes(notesHtml: SafeHtml, silent: string): SafeHtml {
  return notesHtml.toString() === '' ? html`<p class="handout-silent">${silent}</p>` : notesHtml;
}

function renderHandoutSlide(slide: HandoutSlide, translation?: HandoutTranslation): SafeHtml {
  const label = `Slide ${slide.number}: ${slide.headline}`;
  const english = renderNotes(slide.notesHtml, 'Nothing is spoken over this slide.');
  const notes =
    slide.translated && translation
      ? html`<div class="lang-en" lang="en">${english}</div><div class="lang-tr" lang="${translation.lang}">${renderNotes(slide.translated.notesHtml, translation.silent)}</div>`
      : english;
  const attributes = html` id="handout-${slide.id}-heading" class="handout-heading"`;
  const text = both(translation, slide.headline, slide.translated?.headline);
  const heading = slide.nested ? html`<h4${attributes}>${text}</h4>` : html`<h3${attributes}>${text}</h3>`;
  const number = both(translation, `Slide ${slide.number}`, translation && `${translation.slide} ${slide.number}`);
  // The slide as the audience sees it, drawn from its own markup and styles: one image to a screen reader.
  const figure = html`<figure class="handout-figure" lang="en" role="img" aria-label="${label}"><div class="handout-thumb"><div class="reveal"><div class="slides">${slide.slideHtml}</div></div></div></figure>`;
  return html`<article class="handout-slide" id="handout-${slide.id}" aria-labelledby="handout-${slide.id}-heading">${[
    heading,
    html`<p class="handout-number">${number}</p>`,
    figure,
    html`<div class="handout-notes" data-slide="${slide.number}">${notes}</div>`,
  ]}</article>`;
}

/**
 * Notes pages, as organisers know them from PowerPoint: each slide drawn as it looks, beside the words spoken over it,
 * under its section; headings for the PDF's bookmarks (the title, each section, each slide).
 */
export function renderHandout(handout: Handout): string {
  const t = handout.translation;
  const title = both(t, handout.title, t && html`${t.title} <span class="translation-label">${t.label}</span>`);
  const byline = both(t, handout.byline, t?.byline);
  const cover = html`<header class="handout-cover"><h1>${title}</h1><p class="handout-byline">${byline}</p></header>`;
  const slides = handout.slides.map((slide) => [
    slide.opensSection !== undefined &&
      html`<h2 class="handout-section">${both(t, slide.opensSection, slide.translated?.opensSection)}</h2>`,
    renderHandoutSlide(slide, t),
  ]);
  return html`${cover}${slides}`.toString();
}
