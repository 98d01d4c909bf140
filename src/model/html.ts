import type { NoteParagraph } from './slide-content.ts';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/**
 * Markup that is already safe: made by `html` (which escaped what it was given) or vouched for with `raw`. Only these
 * two make one: the class is not exported, so no plain string or look-alike object passes for it.
 */
class SafeHtml {
  readonly #markup: string;
  constructor(markup: string) {
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}
export type { SafeHtml };

/** What `html` takes: text and numbers (escaped), safe markup (kept), lists (joined), nothing (left out). */
export type Interpolation = string | number | SafeHtml | false | null | undefined | readonly Interpolation[];

function piece(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return (value as readonly Interpolation[]).map(piece).join('');
  if (value === false || value === null || value === undefined) return '';
  return escapeHtml(String(value));
}

/**
 * HTML that escapes by default: every interpolation is escaped as text, in content and quoted attributes alike,
 * unless it is markup that `html` or `raw` made; lists are joined, and `false`, `null` and `undefined` leave nothing.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, text, index) => out + piece(values[index - 1]) + text));
}

/** Markup made elsewhere and trusted as it is (an icon's SVG from the icon set); never text from the outline. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** The items with a separator between them, each still escaped or kept as `html` would. */
export function joinHtml(items: readonly Interpolation[], separator: string): SafeHtml {
  return html`${items.map((item, index) => (index === 0 ? [item] : [separator, item]))}`;
}

/** The attribute that names a paragraph by its stable id, where it has one: how every page finds the same paragraph. */
export function paragraphIdAttribute(paragraph: NoteParagraph): SafeHtml | undefined {
  return paragraph.id === undefined ? undefined : html` data-paragraph="${paragraph.id}"`;
}

/** The spoken paragraphs as HTML, the source's bold kept; shared by the speaker notes and the reading view. */
export function renderParagraphs(notes: readonly NoteParagraph[]): SafeHtml {
  const paragraphs = notes.map((paragraph) => {
    const emphasis = paragraph.emphasis ? html`<strong>${paragraph.emphasis}</strong>` : '';
    return html`<p${paragraphIdAttribute(paragraph)}>${joinHtml(
      [emphasis, paragraph.text].filter((part) => part !== ''),
      ' ',
    )}</p>`;
  });
  // A line break between paragraphs keeps their text apart for anything that reads textContent.
  return joinHtml(paragraphs, '\n');
}
