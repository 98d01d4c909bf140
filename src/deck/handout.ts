import { html, type SafeHtml } from './html.ts';

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
}

export interface Handout {
  /** Heads the first page. */
  readonly title: string;
  /** Who spoke, to whom, where and when: under the title. */
  readonly byline: string;
  readonly slides: readonly HandoutSlide[];
}

function renderHandoutSlide(slide: HandoutSlide): SafeHtml {
  const label = `Slide ${slide.number}: ${slide.headline}`;
  const silent = html`<p class="handout-silent">Nothing is spoken over this slide.</p>`;
  const notes = slide.notesHtml.toString() === '' ? silent : slide.notesHtml;
  const attributes = html` id="handout-${slide.id}-heading" class="handout-heading"`;
  const heading = slide.nested
    ? html`<h4${attributes}>${slide.headline}</h4>`
    : html`<h3${attributes}>${slide.headline}</h3>`;
  // The slide as the audience sees it, drawn from its own markup and styles: one image to a screen reader.
  const figure = html`<figure class="handout-figure" role="img" aria-label="${label}"><div class="handout-thumb"><div class="reveal"><div class="slides">${slide.slideHtml}</div></div></div></figure>`;
  return html`<article class="handout-slide" id="handout-${slide.id}" aria-labelledby="handout-${slide.id}-heading">${[
    heading,
    html`<p class="handout-number">Slide ${slide.number}</p>`,
    figure,
    html`<div class="handout-notes" data-slide="${slide.number}">${notes}</div>`,
  ]}</article>`;
}

/**
 * Notes pages, as organisers know them from PowerPoint: each slide drawn as it looks, beside the words spoken over it,
 * under its section; headings for the PDF's bookmarks (the title, each section, each slide).
 */
export function renderHandout(handout: Handout): string {
  const cover = html`<header class="handout-cover"><h1>${handout.title}</h1><p class="handout-byline">${handout.byline}</p></header>`;
  const slides = handout.slides.map((slide) => [
    slide.opensSection !== undefined && html`<h2 class="handout-section">${slide.opensSection}</h2>`,
    renderHandoutSlide(slide),
  ]);
  return html`${cover}${slides}`.toString();
}
