import PptxGenJS from 'pptxgenjs';
import type { DeckModel } from '../../model/deck.ts';
import type { Translation } from '../../model/translation.ts';
import { finishPackage } from './package.ts';
import type { Mark } from './marks.ts';
import { notesText, slideNotes, type NotesLanguage } from './notes.ts';
import { MASTER, TITLE } from './canvas.ts';
import { drawSlide } from './slides.ts';
import type { PptxTheme } from './theme.ts';

/**
 * The speech's language. The outline names none: the statement is in British English (its dates are written en-GB),
 * so here, once, until the outline says.
 */
const SPEECH_LANGUAGE = 'en-GB';

export interface PptxRequest {
  readonly model: DeckModel;
  readonly theme: PptxTheme;
  /** The notes' language(s); the slides are the deck's, in English. @default 'en' */
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
  const { model, theme, translation } = request;
  const language = request.language ?? 'en';
  if (language !== 'en' && translation === undefined) {
    throw new Error(`Notes in "${language}" need the translation.`);
  }
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
    // The slide number at the bottom right, as the deck's (theme/deck/chrome.css, print.css).
    slideNumber: {
      x: (1920 - 144 - 200) / 144,
      y: (1080 - 32 - 40) / 144,
      w: 200 / 144,
      h: 40 / 144,
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
    marks.push(drawSlide(target, slide, theme, SPEECH_LANGUAGE));
    target.addNotes(notesText(notes[index] ?? []));
  });
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return finishPackage(written, {
    properties: { keywords: properties.keywords, language: properties.language },
    marks,
    notes,
    face: theme.face,
  });
}
