import * as v from 'valibot';
import { glossaryProblems, type TranslatedText } from './translation-glossary.ts';
import { TranslationSchema } from './translation-schema.ts';
import type { Translation } from './translation.ts';
import type { ProseSlide, Recommendation, Slide, Speech } from './types.ts';

// A translation's shape is parsed by a schema (./translation-schema.ts), then matched against the outline text for
// text, so that each missing, stray or numberless translation is named by slide and field.

export interface TranslationProblem {
  /** The slide's id, as in the deck's links (`diet-3`), `title` for the title block. */
  readonly slide: string;
  readonly field: string;
  readonly message: string;
}

/** The translation's problems, one a line, without a stack: it would point into the build, not at the mistake. */
export class TranslationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly TranslationProblem[],
  ) {
    super(
      `The translation ${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - slide "${p.slide}", field "${p.field}": ${p.message}`).join('\n'),
    );
    this.name = 'TranslationError';
    this.stack = `${this.name}: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.message;
  }
}

/** The numbers a text states in digits ("COVID-19", "30 years"): a translation keeps each one. */
function numbersIn(text: string): string[] {
  return text.match(/\d+/g) ?? [];
}

/** Where a slide's problems go; `report.texts` collects each translated text with its English, for the glossary. */
type Report = ((field: string, message: string) => void) & {
  readonly text: (field: string, english: string | undefined, translated: string) => void;
};

/** One text against its English: present, not empty, and with every number of the English. */
function checkText(report: Report, field: string, english: string | undefined, translated: string | undefined): void {
  if (translated !== undefined) report.text(field, english, translated);
  if (english === undefined) {
    if (translated !== undefined) report(field, 'translates a text that the outline does not have; remove it');
    return;
  }
  if (translated === undefined) report(field, `has no translation; translate "${english.slice(0, 60)}"`);
  else if (translated.trim() === '') report(field, 'is empty');
  else {
    const missing = numbersIn(english).filter((number) => !numbersIn(translated).includes(number));
    if (missing.length > 0) report(field, `lacks ${missing.join(', ')}, which the English states; keep every number`);
  }
}

function checkTexts(report: Report, field: string, english: readonly string[], translated?: readonly string[]): void {
  const length = Math.max(english.length, translated?.length ?? 0);
  for (let index = 0; index < length; index++) {
    checkText(report, `${field}[${index}]`, english[index], translated?.[index]);
  }
}

function checkProse(report: Report, slide: ProseSlide, translated: Translation['slides'][string]): void {
  checkText(report, 'headline', slide.headline, translated.headline);
  checkTexts(
    report,
    'points',
    (slide.points ?? []).map((point) => point.text),
    translated.points,
  );
  checkTexts(
    report,
    'timeline.label',
    (slide.timeline ?? []).map((m) => m.label),
    translated.timeline?.map((m) => m.label),
  );
  (slide.timeline ?? []).forEach((milestone, index) => {
    checkText(report, `timeline[${index}].detail`, milestone.detail, translated.timeline?.[index]?.detail);
  });
  checkTexts(report, 'spoken', slide.spoken, translated.spoken);
  for (const key of ['title', 'continuation', 'paragraphs'] as const) {
    if (translated[key] !== undefined) report(key, 'belongs to a recommendation; this slide is prose');
  }
}

function checkRecommendation(report: Report, r: Recommendation, translated: Translation['slides'][string]): void {
  checkText(report, 'recommendation.title', r.title, translated.title);
  checkText(report, 'recommendation.continuation', r.continuation, translated.continuation);
  checkTexts(report, 'recommendation.paragraphs', r.paragraphs ?? [], translated.paragraphs);
  // A headline may be added where the English has none: the title alone may read badly on screen.
  checkText(report, 'recommendation.headline', r.headline ?? translated.headline, translated.headline);
  checkTexts(report, 'recommendation.points', r.points ?? [], translated.points);
  for (const key of ['spoken', 'timeline'] as const) {
    if (translated[key] !== undefined) report(key, 'belongs to a prose slide; this slide is a recommendation');
  }
}

function slideId(slide: Slide): string {
  return slide.kind === 'prose' ? slide.id : `${slide.recommendation.series}-${slide.recommendation.number}`;
}

/**
 * Every problem of a translation of `speech`, by slide and field; none when it translates every text, and only those.
 * With a glossary (./translation-glossary.ts), also every text that departs from it.
 */
export function translationProblems(speech: Speech, input: unknown, glossary?: unknown): TranslationProblem[] {
  const parsed = v.safeParse(TranslationSchema, input);
  if (!parsed.success) {
    return parsed.issues.map((issue) => ({
      slide: '(translation)',
      field: v.getDotPath(issue) ?? '(root)',
      message: issue.message,
    }));
  }
  const translation: Translation = parsed.output;
  const problems: TranslationProblem[] = [];
  const texts: TranslatedText[] = [];
  const reporter = (slide: string): Report =>
    Object.assign(
      (field: string, message: string) => {
        problems.push({ slide, field, message });
      },
      {
        text: (field: string, english: string | undefined, japanese: string) => {
          texts.push({ slide, field, english, japanese });
        },
      },
    );

  const title = reporter('title');
  for (const key of ['kind', 'speaker', 'speakerRole', 'audience', 'venue'] as const) {
    checkText(title, `titleBlock.${key}`, speech.titleBlock[key], translation.titleBlock[key]);
  }
  const salutation = reporter(speech.salutation.id);
  const dignitaries = translation.salutation.dignitaries;
  const count = Math.max(speech.salutation.dignitaries.length, dignitaries.length);
  for (let index = 0; index < count; index++) {
    const english = speech.salutation.dignitaries[index];
    checkText(salutation, `salutation.dignitaries[${index}].name`, english?.name, dignitaries[index]?.name);
    checkText(salutation, `salutation.dignitaries[${index}].role`, english?.role, dignitaries[index]?.role);
  }
  checkText(salutation, 'salutation.closing', speech.salutation.closing, translation.salutation.closing);

  const seen = new Set<string>();
  const slides = [...speech.opening, ...speech.sections.flatMap((section) => section.slides)];
  for (const slide of slides) {
    const id = slideId(slide);
    seen.add(id);
    const translated = translation.slides[id];
    if (translated === undefined) {
      reporter(id)('(slide)', 'has no translation; add the slide to the translation, under its id');
    } else if (slide.kind === 'prose') checkProse(reporter(id), slide, translated);
    else checkRecommendation(reporter(id), slide.recommendation, translated);
  }
  for (const id of Object.keys(translation.slides)) {
    if (!seen.has(id)) reporter(id)('(slide)', 'translates a slide that the outline does not have; remove it');
  }
  const sections = Math.max(speech.sections.length, translation.headings.length);
  for (let index = 0; index < sections; index++) {
    const first = speech.sections[index]?.slides[0];
    checkText(
      reporter(first ? slideId(first) : `section ${index + 1}`),
      `headings[${index}]`,
      speech.sections[index]?.heading,
      translation.headings[index],
    );
  }
  for (const series of ['diet', 'kyoto'] as const) {
    checkText(title, `series.${series}.label`, speech.series[series].label, translation.series[series].label);
  }
  // The words around the slides have no English of their own: the glossary's variants and spellings still hold.
  const around = reporter('(translation)');
  around.text('label', undefined, translation.label);
  around.text('handout.slide', undefined, translation.handout.slide);
  around.text('handout.silent', undefined, translation.handout.silent);
  return glossary === undefined ? problems : [...problems, ...glossaryProblems(texts, glossary)];
}

/**
 * The translation, once it translates every text of the outline and only those (and keeps to its glossary, if it has
 * one); else a TranslationError.
 */
export function validateTranslation(speech: Speech, input: unknown, file: string, glossary?: unknown): Translation {
  const problems = translationProblems(speech, input, glossary);
  if (problems.length > 0) throw new TranslationError(file, problems);
  return input as Translation;
}
