import * as v from 'valibot';

// A translation crosses a boundary (a module loaded at build time): its shape is parsed by this schema before any text
// of it is matched against the outline.

const Texts = v.array(v.string());
const SlideSchema = v.strictObject({
  headline: v.exactOptional(v.string()),
  points: v.exactOptional(Texts),
  timeline: v.exactOptional(v.array(v.strictObject({ label: v.string(), detail: v.exactOptional(v.string()) }))),
  spoken: v.exactOptional(Texts),
  title: v.exactOptional(v.string()),
  continuation: v.exactOptional(v.string()),
  paragraphs: v.exactOptional(Texts),
});
const Label = v.strictObject({ label: v.string() });
export const TranslationSchema = v.strictObject({
  lang: v.string(),
  name: v.string(),
  label: v.string(),
  handout: v.strictObject({ slide: v.string(), silent: v.string() }),
  titleBlock: v.strictObject({
    kind: v.string(),
    speaker: v.string(),
    speakerRole: v.string(),
    audience: v.string(),
    venue: v.string(),
  }),
  salutation: v.strictObject({
    dignitaries: v.array(v.strictObject({ name: v.string(), role: v.exactOptional(v.string()) })),
    closing: v.string(),
  }),
  headings: Texts,
  series: v.strictObject({ diet: Label, kyoto: Label }),
  slides: v.record(v.string(), SlideSchema),
});
