import type { NoteParagraph } from './deck.ts';

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

/** The spoken paragraphs as HTML, the source's bold kept; shared by the speaker notes and the reading view. */
export function renderParagraphs(notes: readonly NoteParagraph[]): string {
  return (
    notes
      .map((paragraph) => {
        const emphasis = paragraph.emphasis ? `<strong>${escapeHtml(paragraph.emphasis)}</strong>` : '';
        return `<p>${[emphasis, escapeHtml(paragraph.text)].filter((part) => part).join(' ')}</p>`;
      })
      // A line break between paragraphs keeps their text apart for anything that reads textContent.
      .join('\n')
  );
}
