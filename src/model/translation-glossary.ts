import * as v from 'valibot';

// A translation's glossary: the one Japanese form of each name, title, institution and term, with where that form
// comes from. The build holds the translation to it, text by text, against the English of the same place: a term the
// English says must be in the translation of that text, a name written any other known way fails wherever it stands,
// and a word with two spellings (及び, および) is written one way throughout.

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty());

const EntrySchema = v.strictObject({
  /** As the outline writes it; matched as whole words, in any case (an acronym in its own case), plural too. */
  english: Text,
  /** The one form the translation uses. */
  japanese: Text,
  kind: v.picklist(['person', 'title', 'institution', 'place', 'term']),
  /** Where the form comes from: the body's own Japanese pages, the ministry's usage, the record of the meeting. */
  source: Text,
  /** Other writings of the same thing, which the translation must not use anywhere: a name in katakana, a calque. */
  variants: v.exactOptional(v.array(Text)),
});

const SpellingSchema = v.strictObject({
  /** The spelling the translation uses throughout. */
  japanese: Text,
  /** The other spellings of the same word, which it must not use. */
  variants: v.array(Text),
  source: Text,
});

const GlossarySchema = v.strictObject({
  terms: v.array(EntrySchema),
  spellings: v.array(SpellingSchema),
});

type GlossaryEntry = v.InferOutput<typeof EntrySchema>;
export type Glossary = v.InferOutput<typeof GlossarySchema>;

/** One translated text and the English it translates, at its place in the outline. */
export interface TranslatedText {
  /** The slide's id, `title` for the title block, `(translation)` for the words around the slides. */
  readonly slide: string;
  readonly field: string;
  /** Undefined where the text has no English of its own (the handout's words, the language's name). */
  readonly english: string | undefined;
  readonly japanese: string;
}

interface GlossaryProblem {
  readonly slide: string;
  readonly field: string;
  readonly message: string;
}

/** A whole-word pattern for an English term: "Troop and Police" also as "troop-and-police", a plural `s` allowed. */
function englishPattern(english: string): RegExp {
  const acronym = english === english.toUpperCase();
  const words = english
    .split(/[\s-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}s?(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}

/**
 * The entries an English text names. Where terms overlap, the longest wins ("uniformed peacekeepers" over
 * "peacekeepers"): the shorter one is part of a phrase the glossary translates whole.
 */
function termsIn(english: string, entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const matches = entries.flatMap((entry) =>
    [...english.matchAll(englishPattern(entry.english))].map((match) => ({
      entry,
      start: match.index,
      end: match.index + match[0].length,
    })),
  );
  matches.sort((a, b) => b.end - b.start - (a.end - a.start));
  const taken: typeof matches = [];
  for (const match of matches) {
    if (!taken.some((other) => match.start >= other.start && match.end <= other.end)) taken.push(match);
  }
  return [...new Set(taken.map((match) => match.entry))];
}

/** The entry's variants that `japanese` writes; one inside another found (シンヨ in シンヨウ) is named as the longer. */
function variantsIn(japanese: string, entry: GlossaryEntry): string[] {
  const found = (entry.variants ?? []).filter((variant) => japanese.includes(variant));
  return found.filter((variant) => !found.some((other) => other !== variant && other.includes(variant)));
}

/** The glossary's own mistakes: a variant that is part of the form it replaces would fail every correct text. */
function glossaryShapeProblems(glossary: Glossary): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const seen = new Map<string, string>();
  glossary.terms.forEach((entry, index) => {
    const key = entry.english.toLowerCase();
    const other = seen.get(key);
    if (other !== undefined && other !== entry.japanese) {
      problems.push({
        slide: '(glossary)',
        field: `terms[${index}].japanese`,
        message: `gives "${entry.english}" a second form, "${entry.japanese}" besides "${other}"; keep one`,
      });
    }
    seen.set(key, entry.japanese);
    (entry.variants ?? []).forEach((variant, at) => {
      if (entry.japanese.includes(variant)) {
        problems.push({
          slide: '(glossary)',
          field: `terms[${index}].variants[${at}]`,
          message: `"${variant}" is part of the form "${entry.japanese}" itself; a variant must be another writing`,
        });
      }
    });
  });
  return problems;
}

/**
 * Every place where `texts` depart from the glossary, by slide and field: a term of the English missing from its
 * translation, a known variant of a form, a word spelt the other way.
 */
export function glossaryProblems(texts: readonly TranslatedText[], input: unknown): GlossaryProblem[] {
  const parsed = v.safeParse(GlossarySchema, input);
  if (!parsed.success) {
    return parsed.issues.map((issue) => ({
      slide: '(glossary)',
      field: v.getDotPath(issue) ?? '(root)',
      message: issue.message,
    }));
  }
  const glossary = parsed.output;
  const problems = glossaryShapeProblems(glossary);
  if (problems.length > 0) return problems;
  for (const { slide, field, english, japanese } of texts) {
    const report = (message: string) => problems.push({ slide, field, message });
    const varied = new Set<GlossaryEntry>();
    for (const entry of glossary.terms) {
      for (const variant of variantsIn(japanese, entry)) {
        varied.add(entry);
        report(`writes "${variant}" for "${entry.english}"; write "${entry.japanese}" (glossary: ${entry.source})`);
      }
    }
    // A term written as a known variant is named once, as that variant.
    for (const entry of english === undefined ? [] : termsIn(english, glossary.terms)) {
      if (!japanese.includes(entry.japanese) && !varied.has(entry)) {
        report(`the English says "${entry.english}"; write it "${entry.japanese}" (glossary: ${entry.source})`);
      }
    }
    for (const spelling of glossary.spellings) {
      for (const variant of spelling.variants) {
        if (japanese.includes(variant)) {
          report(`writes "${variant}"; the translation writes "${spelling.japanese}" throughout (${spelling.source})`);
        }
      }
    }
  }
  return problems;
}
