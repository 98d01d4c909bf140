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
  /** The same in the handout's translation, if it has one. */
  readonly translated?: TranslatedHandoutSlide | undefined;
}

/** A slide's heading, section heading and notes in the handout's translation. */
export interface TranslatedHandoutSlide {
  readonly headline: string;
  readonly opensSection?: string | undefined;
  readonly notesHtml: string;
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
  /** Printed in English, in the translation or both, as the page's `data-handout-lang` says (handout.css). */
  readonly translation?: HandoutTranslation | undefined;
}

/** Text (already HTML) in English and, where the handout has a translation, in it too, each in its own `lang`. */
function both(translation: HandoutTranslation | undefined, english: string, translated: string | undefined): string {
  if (translation === undefined || translated === undefined) return english;
  return `<span class="lang-en" lang="en">${english}</span><span class="lang-tr" lang="${escapeHtml(translation.lang)}">${translated}</span>`;
}

function renderNotes(notesHtml: string, silent: string): string {
  return notesHtml === '' ? `<p class="handout-silent">${escapeHtml(silent)}</p>` : notesHtml;
}

function renderHandoutSlide(slide: HandoutSlide, translation?: HandoutTranslation): string {
  const label = `Slide ${slide.number}: ${slide.headline}`;
  const english = renderNotes(slide.notesHtml, 'Nothing is spoken over this slide.');
  const notes =
    slide.translated && translation
      ? `<div class="lang-en" lang="en">${english}</div><div class="lang-tr" lang="${escapeHtml(translation.lang)}">${renderNotes(slide.translated.notesHtml, translation.silent)}</div>`
      : english;
  const level = slide.nested ? 4 : 3;
  return [
    `<article class="handout-slide" id="handout-${escapeHtml(slide.id)}" aria-labelledby="handout-${escapeHtml(slide.id)}-heading">`,
    `<h${level} id="handout-${escapeHtml(slide.id)}-heading" class="handout-heading">${both(translation, escapeHtml(slide.headline), slide.translated && escapeHtml(slide.translated.headline))}</h${level}>`,
    `<p class="handout-number">${both(translation, `Slide ${slide.number}`, translation && `${escapeHtml(translation.slide)} ${slide.number}`)}</p>`,
    // The slide as the audience sees it, drawn from its own markup and styles: one image to a screen reader.
    `<figure class="handout-figure" lang="en" role="img" aria-label="${escapeHtml(label)}"><div class="handout-thumb"><div class="reveal"><div class="slides">${slide.slideHtml}</div></div></div></figure>`,
    `<div class="handout-notes" data-slide="${slide.number}">${notes}</div>`,
    '</article>',
  ].join('');
}

/**
 * Notes pages, as organisers know them from PowerPoint: each slide drawn as it looks, beside the words spoken over it,
 * under its section; headings for the PDF's bookmarks (the title, each section, each slide).
 */
export function renderHandout(handout: Handout): string {
  const t = handout.translation;
  const label = t && `${escapeHtml(t.title)} <span class="translation-label">${escapeHtml(t.label)}</span>`;
  const parts = [
    '<header class="handout-cover">',
    `<h1>${both(t, escapeHtml(handout.title), label)}</h1>`,
    `<p class="handout-byline">${both(t, escapeHtml(handout.byline), t && escapeHtml(t.byline))}</p>`,
    '</header>',
  ];
  for (const slide of handout.slides) {
    if (slide.opensSection !== undefined) {
      const heading = both(
        t,
        escapeHtml(slide.opensSection),
        slide.translated?.opensSection && escapeHtml(slide.translated.opensSection),
      );
      parts.push(`<h2 class="handout-section">${heading}</h2>`);
    }
    parts.push(renderHandoutSlide(slide, t));
  }
  return parts.join('');
}
