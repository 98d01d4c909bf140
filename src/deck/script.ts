import type { DeckModel, DeckSlide } from './deck.ts';
import { escapeHtml, renderParagraphs } from './html.ts';

/** Where the speaker view finds the script in the page: a `<template>` with this id. */
export const SCRIPT_TEMPLATE_ID = 'speaker-script';

/** A passage's plan as its cue shows it, "42 s · 91 words": here and in the speaker view, which rescales the seconds. */
export function planText(seconds: number, words: number): string {
  return `${seconds} s · ${words === 1 ? '1 word' : `${words} words`}`;
}

function renderCue(slide: DeckSlide): string {
  return (
    '<p class="script-cue">' +
    `<span class="script-cue-mark">▶ ${slide.number} · </span>` +
    `<span class="script-cue-headline">${escapeHtml(slide.headline)}</span>` +
    `<span class="script-cue-plan">${planText(slide.timing, slide.spokenWords)}</span></p>`
  );
}

function renderBody(slide: DeckSlide): string {
  const { view } = slide;
  if (view.kind === 'title') {
    const { lines } = view;
    return [
      '<header class="script-title-block">',
      `<p>${escapeHtml(lines.kind)}</p>`,
      `<h1>${escapeHtml(lines.speaker)}</h1>`,
      `<p>${escapeHtml(lines.role)}</p>`,
      `<p>${escapeHtml(lines.audience)}</p>`,
      `<p>${escapeHtml(lines.venue)}, <time datetime="${escapeHtml(lines.isoDate)}">${escapeHtml(lines.date)}</time></p>`,
      '</header>',
    ].join('');
  }
  const heading = slide.section?.opens ? `<h2 class="script-heading">${escapeHtml(slide.section.heading)}</h2>` : '';
  const salutation = view.kind === 'salutation' ? ' script-salutation' : '';
  return `${heading}<div class="script-words${salutation}">${renderParagraphs(slide.notes)}</div>`;
}

/**
 * The speaker's script: the whole speech as one text to read aloud, slide by slide. Each slide's passage carries a
 * cue where the slide begins (its number, its headline as the audience sees it, its planned seconds and spoken
 * words), the section headings where the audience sees them, and every paragraph verbatim. The speaker view reads
 * the plan and the headline from the passages' data attributes, not from their text.
 */
export function renderScript(model: DeckModel): string {
  const passages = model.slides.map(
    (slide) =>
      `<div class="script-passage" data-slide="${escapeHtml(slide.id)}" data-number="${slide.number}" ` +
      `data-seconds="${slide.timing}" data-words="${slide.spokenWords}" data-headline="${escapeHtml(slide.headline)}">` +
      renderCue(slide) +
      renderBody(slide) +
      '</div>',
  );
  return `<article class="script" aria-label="The speaker's script">${passages.join('\n')}</article>`;
}

/** The script inside the `<template>` the speaker view clones: inert, invisible and unread until it is used. */
export function renderScriptTemplate(model: DeckModel): string {
  return `<template id="${SCRIPT_TEMPLATE_ID}">${renderScript(model)}</template>`;
}
