import { escapeHtml } from './html.ts';

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
  readonly slideHtml: string;
  /** The words spoken over it, as `<p>`s. */
  readonly notesHtml: string;
}

export interface Handout {
  /** Heads the first page. */
  readonly title: string;
  /** Who spoke, to whom, where and when: under the title. */
  readonly byline: string;
  readonly slides: readonly HandoutSlide[];
}

function renderHandoutSlide(slide: HandoutSlide): string {
  const label = `Slide ${slide.number}: ${slide.headline}`;
  const notes =
    slide.notesHtml === '' ? '<p class="handout-silent">Nothing is spoken over this slide.</p>' : slide.notesHtml;
  const level = slide.nested ? 4 : 3;
  return [
    `<article class="handout-slide" id="handout-${escapeHtml(slide.id)}" aria-labelledby="handout-${escapeHtml(slide.id)}-heading">`,
    `<h${level} id="handout-${escapeHtml(slide.id)}-heading" class="handout-heading">${escapeHtml(slide.headline)}</h${level}>`,
    `<p class="handout-number">Slide ${slide.number}</p>`,
    // The slide as the audience sees it, drawn from its own markup and styles: one image to a screen reader.
    `<figure class="handout-figure" role="img" aria-label="${escapeHtml(label)}"><div class="handout-thumb"><div class="reveal"><div class="slides">${slide.slideHtml}</div></div></div></figure>`,
    `<div class="handout-notes" data-slide="${slide.number}">${notes}</div>`,
    '</article>',
  ].join('');
}

/**
 * Notes pages, as organisers know them from PowerPoint: each slide drawn as it looks, beside the words spoken over it,
 * under its section; headings for the PDF's bookmarks (the title, each section, each slide).
 */
export function renderHandout(handout: Handout): string {
  const parts = [
    '<header class="handout-cover">',
    `<h1>${escapeHtml(handout.title)}</h1>`,
    `<p class="handout-byline">${escapeHtml(handout.byline)}</p>`,
    '</header>',
  ];
  for (const slide of handout.slides) {
    if (slide.opensSection !== undefined) {
      parts.push(`<h2 class="handout-section">${escapeHtml(slide.opensSection)}</h2>`);
    }
    parts.push(renderHandoutSlide(slide));
  }
  return parts.join('');
}
