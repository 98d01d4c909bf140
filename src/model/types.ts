import type * as Lucide from 'lucide-static';

/** Any icon of the lucide-static set, by its export name: a typo is a compile error. */
export type IconName = keyof typeof Lucide;

/** A slide's id: the name in its deep link (`#/diet-1`); lowercase words joined by hyphens. */
export type SlideId = string;

export interface TitleBlock {
  readonly kind: string;
  readonly speaker: string;
  readonly speakerRole: string;
  readonly audience: string;
  readonly venue: string;
  /** ISO 8601 calendar date, shown as "19 May 2022". */
  readonly date: `${number}-${number}-${number}`;
}

/** One person greeted by name in the salutation. */
interface Dignitary {
  readonly name: string;
  readonly role?: string;
  /** The speaker names the role before the person ("Honorary Chairman ..., Mr. AKASHI"). */
  readonly roleFirst?: boolean;
}

export interface Salutation {
  readonly id: SlideId;
  readonly dignitaries: readonly [Dignitary, ...Dignitary[]];
  /** The general address that closes the salutation ("Ladies and Gentlemen"). */
  readonly closing: string;
}

/** Allows a slide more than the usual on-screen word budget; the reason is kept with the exception. */
export interface WordBudgetException {
  readonly maxWords: number;
  readonly reason: string;
}

export interface Point {
  readonly text: string;
  readonly icon?: IconName;
}

export interface Milestone {
  /** A year the speech states or implies; omitted where the speech gives none. */
  readonly year?: string;
  readonly label: string;
  readonly detail?: string;
}

interface SlideCommon {
  readonly id: SlideId;
  readonly wordBudget?: WordBudgetException;
}

/** A slide of the speech's own prose: a few on-screen words, and the paragraphs spoken over it. */
export interface ProseSlide extends SlideCommon {
  readonly kind: 'prose';
  /** The slide's one line for the audience. */
  readonly headline: string;
  readonly points?: readonly Point[];
  readonly timeline?: readonly Milestone[];
  /** Spoken paragraphs, verbatim. */
  readonly spoken: readonly [string, ...string[]];
}

/** The two series of recommendations: made to the National Diet, and made in Kyoto. */
export const SERIES = ['diet', 'kyoto'] as const;
export type Series = (typeof SERIES)[number];

/** Each series holds five recommendations, numbered 1 to 5 in the order they are spoken. */
export const RECOMMENDATION_NUMBERS = [1, 2, 3, 4, 5] as const;
export type RecommendationNumber = (typeof RECOMMENDATION_NUMBERS)[number];

export interface Recommendation {
  readonly series: Series;
  readonly number: RecommendationNumber;
  /** The recommendation's title as emphasised in the source; it is spoken. */
  readonly title: string;
  /** Spoken words that finish the title's sentence, where the title only begins it. */
  readonly continuation?: string;
  /** Spoken paragraphs that follow the title. */
  readonly paragraphs?: readonly string[];
  readonly icon: IconName;
  /** On-screen wording, where the title is too long or only begins a sentence. */
  readonly headline?: string;
  /** A few on-screen words that the spoken text supports. */
  readonly points?: readonly string[];
}

export interface RecommendationSlide extends Omit<SlideCommon, 'id'> {
  readonly kind: 'recommendation';
  readonly recommendation: Recommendation;
}

export type Slide = ProseSlide | RecommendationSlide;

export interface Section {
  /** As in the source; shown on the section's slides, not spoken. */
  readonly heading: string;
  readonly slides: readonly [Slide, ...Slide[]];
}

export interface SeriesInfo {
  /** Who the series was made to, shown on each of its slides. */
  readonly label: string;
}

export interface Speech {
  readonly titleBlock: TitleBlock;
  readonly salutation: Salutation;
  /** The slides spoken before the first section heading. */
  readonly opening: readonly [ProseSlide, ...ProseSlide[]];
  readonly sections: readonly [Section, ...Section[]];
  readonly series: Readonly<Record<Series, SeriesInfo>>;
}
