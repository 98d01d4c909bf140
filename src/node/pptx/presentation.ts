import PptxGenJS from 'pptxgenjs';
import type { DeckModel } from '../../model/deck.ts';
import type { Translation } from '../../model/translation.ts';
import { withTranslation } from '../../model/translated-slides.ts';
import { finishPackage } from './package.ts';
import type { Mark } from './marks.ts';
import { notesText, slideNotes, type NotesLanguage } from './notes.ts';
import { MASTER, SLIDE_NUMBER, TITLE } from './canvas.ts';
import { drawSlide } from './slides.ts';
import type { PptxTheme } from './theme.ts';

/**
 * The speech's language. The outline names none: the statement is in British English (its dates are written en-GB),
 * so here, once, until the outline says.
 */
const SPEECH_LANGUAGE = 'en-GB';

/**
 * The language PowerPoint names a translation's text in on the slides: a culture name ("ja-JP"), as its proofing
 * tools and the screen readers reading its files expect, where the translation gives a bare language ("ja").
 */
const CULTURES: Readonly<Record<string, string>> = { ja: 'ja-JP' };

export interface PptxRequest {
  readonly model: DeckModel;
  readonly theme: PptxTheme;
  /** The notes' language(s); with `ja` and `both` the slides show each Japanese headline under the English. @default 'en' */
  readonly language?: NotesLanguage;
  /** Needed for `ja` and `both`. */
  readonly translation?: Translation | undefined;
}

/** The document's properties, all from the deck model: those of the slides PDF, for a PowerPoint file. */
function pptxProperties(model: DeckModel) {
  const { title } = model;
  return {
    title: title.document,
    author: title.speaker,
    subject: `Slides of the ${title.kindName.toLowerCase()} ${title.occasion}, with the speech in the notes`,
    keywords: [title.venue, ...model.sections],
    language: SPEECH_LANGUAGE,
  };
}

/** The deck as a PowerPoint file (16:9): a slide for each of the deck's, the speech in their notes. */
export async function pptxFile(request: PptxRequest): Promise<Uint8Array> {
  const { theme, translation } = request;
  const language = request.language ?? 'en';
  if (language !== 'en' && translation === undefined) {
    throw new Error(`Notes in "${language}" need the translation.`);
  }
  // The slides show the translation's headlines with its notes: joined to the model, slide by slide.
  const shown = language === 'en' ? undefined : translation;
  const model = withTranslation(request.model, shown);
  const shownAs = shown && { lang: CULTURES[shown.lang] ?? shown.lang, label: shown.label };
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const properties = pptxProperties(model);
  pptx.title = properties.title;
  pptx.author = properties.author;
  pptx.subject = properties.subject;
  pptx.company = properties.author;
  pptx.theme = { headFontFace: theme.face, bodyFontFace: theme.face };
  const { colours, sizes } = theme;
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: colours.paper },
    // Where each slide's headline goes: its own place is given on the slide.
    objects: [{ placeholder: { options: { name: TITLE, type: 'title' }, text: '' } }],
    // The slide number's field alone ("13"): PowerPoint has no field for the count, and a typed one would go wrong
    // once the organisers add or remove a slide.
    slideNumber: {
      x: SLIDE_NUMBER.x / 144,
      y: SLIDE_NUMBER.y / 144,
      w: SLIDE_NUMBER.w / 144,
      h: SLIDE_NUMBER.h / 144,
      align: 'right',
      fontFace: theme.face,
      fontSize: sizes['text-label'] / 2,
      color: colours['ink-soft'],
    },
  });
  const marks: ReadonlyMap<string, Mark>[] = [];
  const notes = model.slides.map((slide) => slideNotes(slide, SPEECH_LANGUAGE, language, translation));
  model.slides.forEach((slide, index) => {
    const target = pptx.addSlide({ masterName: MASTER });
    marks.push(drawSlide(target, slide, theme, SPEECH_LANGUAGE, shownAs));
    target.addNotes(notesText(notes[index] ?? []));
  });
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return finishPackage(written, {
    properties: { keywords: properties.keywords, language: properties.language },
    marks,
    notes,
    face: theme.face,
    japaneseFace: theme.japanese.face,
  });
}
