// What pptxgenjs cannot say about a shape, kept by the shape's name for the package's step (package.ts) to write:
// alt text on a shape that is not a picture, the decorative flag, and capitals as a font effect.

export interface Mark {
  /** Alt text (PowerPoint: View Alt Text), where pptxgenjs writes none (shapes) or the picture needs its own. */
  readonly alt?: string;
  /** Marked decorative: a screen reader passes it by, PowerPoint's accessibility checker does not ask for alt text. */
  readonly decorative?: boolean;
  /**
   * Shown in capitals (the deck's `text-transform: uppercase`) while the text stays as written: the whole shape, or
   * its first paragraph (the title slide's "Statement of" above the speaker's name).
   */
  readonly caps?: 'shape' | 'first-paragraph';
}

/** Each slide's marks, by the shape's name on that slide; slide 1 first. */
export type SlideMarks = readonly ReadonlyMap<string, Mark>[];
