import type { TitleLines } from './title.ts';
import type { Milestone, Point, Recommendation, Salutation, Series, SeriesInfo, SlideId, TitleBlock } from './types.ts';

// What each slide shows and what is spoken over it, decided here for every renderer.

/** A paragraph of the notes; `emphasis` (a recommendation's number and title) is spoken first, in bold as in the
 * source. `field` is where `text` comes from in the outline, for messages. */
export interface NoteParagraph {
  readonly emphasis?: string;
  readonly text: string;
  readonly field: string;
  /**
   * The paragraph's stable id (`diet-1.2`: its slide's id and its place, from 1), the same in every page and language
   * that shows it: the script, the reading view, the audience's page and the page model. Given by the deck model.
   */
  readonly id?: string;
}

/** The stable id of a slide's spoken paragraph `index` (0-based): `diet-1.2` is diet-1's second. */
export function paragraphId(slide: SlideId, index: number): string {
  return `${slide}.${index + 1}`;
}

export type SlideContent =
  | { readonly kind: 'title'; readonly titleBlock: TitleBlock; readonly lines: TitleLines }
  | { readonly kind: 'salutation'; readonly salutation: Salutation }
  | {
      readonly kind: 'prose';
      readonly headline: string;
      readonly points: readonly Point[];
      readonly timeline: readonly Milestone[];
    }
  | { readonly kind: 'recommendation'; readonly recommendation: Recommendation; readonly series: SeriesInfo };

/** A recommendation's slide id and deep link: `diet-1` … `kyoto-5`. */
export function recommendationId(series: Series, number: number): SlideId {
  return `${series}-${number}`;
}

/** The salutation as spoken: each dignitary a line, "and" before the last, then the general address. */
export function salutationNotes(salutation: Salutation): NoteParagraph[] {
  const last = salutation.dignitaries.length - 1;
  const lines = salutation.dignitaries.map((dignitary, index) => {
    const parts = [dignitary.name];
    if (dignitary.role !== undefined) {
      if (dignitary.roleFirst) parts.unshift(dignitary.role);
      else parts.push(dignitary.role);
    }
    const text = parts.join(', ') + (index === last - 1 ? ', and' : ',');
    return { text, field: `salutation.dignitaries[${index}]` };
  });
  return [...lines, { text: `${salutation.closing},`, field: 'salutation.closing' }];
}

export function recommendationNotes(recommendation: Recommendation): NoteParagraph[] {
  const opening: NoteParagraph = {
    emphasis: `${recommendation.number}. ${recommendation.title}`,
    text: recommendation.continuation ?? '',
    field: 'recommendation.continuation',
  };
  const paragraphs = (recommendation.paragraphs ?? []).map((text, index) => ({
    text,
    field: `recommendation.paragraphs[${index}]`,
  }));
  return [opening, ...paragraphs];
}

export function paragraphText(paragraph: NoteParagraph): string {
  return [paragraph.emphasis, paragraph.text].filter((part) => part).join(' ');
}

/** A recommendation's words on screen: its headline, or its title without the sentence's closing full stop. */
export function recommendationHeadline(recommendation: Recommendation): string {
  return recommendation.headline ?? recommendation.title.replace(/\.$/, '');
}

/** The words that head a slide on screen: its name in the speaker's cues, the handout and the PDF bookmarks. */
export function contentHeadline(content: SlideContent): string {
  switch (content.kind) {
    case 'title':
      return content.lines.heading;
    case 'salutation':
      return content.salutation.closing;
    case 'prose':
      return content.headline;
    case 'recommendation':
      return recommendationHeadline(content.recommendation);
  }
}

/** A slide's name in the PDFs' bookmarks and the handout: its headline; a recommendation's after its number. */
export function contentBookmarkTitle(content: SlideContent): string {
  const headline = contentHeadline(content);
  return content.kind === 'recommendation' ? `${content.recommendation.number}. ${headline}` : headline;
}
