import type { DeckModel, DeckSlide } from './deck.ts';
import { html, joinHtml, renderParagraphs, type SafeHtml } from './html.ts';

/** A passage's plan as its cue shows it, "42 s · 91 words": here and in the speaker view, which rescales the seconds. */
export function planText(seconds: number, words: number): string {
  return `${seconds} s · ${words === 1 ? '1 word' : `${words} words`}`;
}

function renderCue(slide: DeckSlide): SafeHtml {
  return html`<p class="script-cue">${[
    html`<span class="script-cue-mark">▶ ${slide.number} · </span>`,
    html`<span class="script-cue-headline">${slide.headline}</span>`,
    html`<span class="script-cue-plan">${planText(slide.timing, slide.spokenWords)}</span>`,
  ]}</p>`;
}

function renderBody(slide: DeckSlide): SafeHtml {
  const { content } = slide;
  if (content.kind === 'title') {
    const { lines } = content;
    return html`<header class="script-title-block">${[
      html`<p>${lines.kind}</p>`,
      html`<h1>${lines.speaker}</h1>`,
      html`<p>${lines.role}</p>`,
      html`<p>${lines.audience}</p>`,
      html`<p>${lines.venue}, <time datetime="${lines.isoDate}">${lines.date}</time></p>`,
    ]}</header>`;
  }
  const heading = slide.section?.opens && html`<h2 class="script-heading">${slide.section.heading}</h2>`;
  const salutation = content.kind === 'salutation' ? ' script-salutation' : '';
  return html`${heading}<div class="script-words${salutation}">${renderParagraphs(slide.notes)}</div>`;
}

/**
 * The speaker's script: the whole speech as one text to read aloud, slide by slide. Each slide's passage carries a
 * cue where the slide begins (its number, its headline as the audience sees it, its planned seconds and spoken
 * words), the section headings where the audience sees them, and every paragraph verbatim, with its stable id. The
 * speaker view reads the plan from the page model (page-model.ts), not from the script's text.
 */
function script(model: DeckModel): SafeHtml {
  const passages = model.slides.map(
    (slide) => html`<div class="script-passage" data-slide="${slide.id}">${renderCue(slide)}${renderBody(slide)}</div>`,
  );
  return html`<article class="script" aria-label="The speaker's script">${joinHtml(passages, '\n')}</article>`;
}

/** The speaker's script as HTML. */
export function renderScript(model: DeckModel): string {
  return script(model).toString();
}
