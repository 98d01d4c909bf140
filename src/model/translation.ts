import type {
  Milestone,
  ProseSlide,
  Recommendation,
  RecommendationSlide,
  Series,
  Speech,
  TitleBlock,
} from './types.ts';

// A translation of the outline. English stays the source: a translation gives, for each text the audience sees or
// hears, the same text in another language, in the same place. `TranslationOf<SpeechOutline>` follows the outline's
// exact shape, so a missing slide, paragraph, point or line is a type error; `translationProblems` says the same at
// build time, by slide and field, for what a type cannot (a translation loaded at run time, a stray paragraph).

/** Every text of a list, translated: a tuple stays a tuple of the same length. */
type Texts<T> = { readonly [K in keyof T]: string };

type MilestoneText<M> = { readonly label: string } & (M extends { readonly detail: string }
  ? { readonly detail: string }
  : unknown);

type ProseText<S extends ProseSlide> = { readonly headline: string; readonly spoken: Texts<S['spoken']> } & (S extends {
  readonly points: infer P;
}
  ? { readonly points: Texts<P> }
  : unknown) &
  (S extends { readonly timeline: infer T extends readonly Milestone[] }
    ? { readonly timeline: { readonly [K in keyof T]: MilestoneText<T[K]> } }
    : unknown);

/** A recommendation's texts; `headline` may be given where the English has none, when the title reads badly alone. */
type RecommendationText<R extends Recommendation> = {
  readonly title: string;
  readonly headline?: string;
} & (R extends {
  readonly continuation: string;
}
  ? { readonly continuation: string }
  : unknown) &
  (R extends { readonly paragraphs: infer P } ? { readonly paragraphs: Texts<P> } : unknown) &
  (R extends { readonly headline: string } ? { readonly headline: string } : unknown) &
  (R extends { readonly points: infer P } ? { readonly points: Texts<P> } : unknown);

type SlideOf<S extends Speech> = S['opening'][number] | S['sections'][number]['slides'][number];

/** A slide's id, as the deck names it: a recommendation's is `diet-1` … `kyoto-5`. */
type SlideKey<S> = S extends { readonly kind: 'prose'; readonly id: infer I extends string }
  ? I
  : S extends {
        readonly recommendation: { readonly series: infer E extends string; readonly number: infer N extends number };
      }
    ? `${E}-${N}`
    : never;

type SlideText<S> = S extends ProseSlide
  ? ProseText<S>
  : S extends RecommendationSlide
    ? RecommendationText<S['recommendation']>
    : never;

type DignitaryText<D> = { readonly name: string } & (D extends { readonly role: string }
  ? { readonly role: string }
  : unknown);

/** Mapped through a type parameter, so that a tuple stays a tuple. */
type DignitaryTexts<T> = { readonly [K in keyof T]: DignitaryText<T[K]> };

/** The title block's lines, each whole as shown (the date is written by the code, in the language's own form). */
type TitleBlockText = { readonly [K in Exclude<keyof TitleBlock, 'date'>]: string };

/** What every translation carries besides the outline's texts. */
interface TranslationInfo {
  /** BCP 47, for `lang` attributes. */
  readonly lang: string;
  /** The language's own name, on the reading view's switch ("日本語"). */
  readonly name: string;
  /** Shown wherever the translation is: that it is not the official text ("仮訳"). */
  readonly label: string;
  /** The handout's words around the slides, in this language. */
  readonly handout: { readonly slide: string; readonly silent: string };
}

/** A translation of the outline `S`, shape for shape. */
export type TranslationOf<S extends Speech> = TranslationInfo & {
  readonly titleBlock: TitleBlockText;
  readonly salutation: {
    readonly dignitaries: DignitaryTexts<S['salutation']['dignitaries']>;
    readonly closing: string;
  };
  /** Each section's heading, in the outline's order. */
  readonly headings: Texts<S['sections']>;
  readonly series: { readonly [K in Series]: { readonly label: string } };
  /** Each slide's texts by its id. */
  readonly slides: { readonly [Slide in SlideOf<S> as SlideKey<Slide>]: SlideText<Slide> };
};

/** One slide's texts, as renderers and checks read any translation. */
export interface SlideTranslation {
  readonly headline?: string;
  readonly points?: readonly string[];
  readonly timeline?: readonly { readonly label: string; readonly detail?: string }[];
  readonly spoken?: readonly string[];
  readonly title?: string;
  readonly continuation?: string;
  readonly paragraphs?: readonly string[];
}

/** Any translation, as renderers and checks read it. */
export interface Translation extends TranslationInfo {
  readonly titleBlock: TitleBlockText;
  readonly salutation: {
    readonly dignitaries: readonly { readonly name: string; readonly role?: string }[];
    readonly closing: string;
  };
  readonly headings: readonly string[];
  readonly series: { readonly [K in Series]: { readonly label: string } };
  readonly slides: Readonly<Record<string, SlideTranslation>>;
}

/** Every text of a translation, run together: what a face for it must draw. */
export function translationText(translation: Translation): string {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  collect(translation);
  return texts.join('\n');
}
