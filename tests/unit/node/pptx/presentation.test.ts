import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { speech } from '../../../../slides/speech.ts';
import { translation as ja } from '../../../../slides/translations/ja.ts';
import { deckModel, paragraphText } from '../../../../src/model/deck.ts';
import { planText } from '../../../../src/model/script.ts';
import { screenText } from '../../../../src/model/screen.ts';
import { translatedHeadline, translatedNotes, translatedTitle } from '../../../../src/model/translated-slides.ts';
import { pptxFile } from '../../../../src/node/pptx/presentation.ts';
import { loadTheme, type PptxTheme } from '../../../../src/node/pptx/theme.ts';
import {
  coreProperty,
  notesParagraphs,
  readPptx,
  shapes,
  type ReadPptx,
  type ReadShape,
} from '../../../pptx-reader.ts';
import { firstDifference, normalise, readSource } from '../../../source.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const model = deckModel(speech);
const source = readSource();
/** The texts of a slide's shapes, in drawing order, each paragraph on its own. */
const texts = (xml: string) => shapes(xml).flatMap((shape) => shape.paragraphs.map((paragraph) => paragraph.text));

/** The 16:9 slide in EMU, as presentation.xml gives it (checked below). */
const SLIDE = { w: 12_192_000, h: 6_858_000 };

/** A shape's box on the slide, in EMU, from its transform. */
function box(shape: ReadShape): { x: number; y: number; w: number; h: number } {
  const found = /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape.xml);
  if (found === null) throw new Error(`${shape.name} has no position.`);
  const [x = 0, y = 0, w = 0, h = 0] = found.slice(1).map(Number);
  return { x, y, w, h };
}

const overlap = (a: ReadShape, b: ReadShape) => {
  const [one, two] = [box(a), box(b)];
  return one.x < two.x + two.w && two.x < one.x + one.w && one.y < two.y + two.h && two.y < one.y + one.h;
};

/** The shape that holds the slide's Japanese headline, if any. */
const isJapanese = (shape: ReadShape) => /^Japanese headline \d+$/.test(shape.name);
/** The shape that says the Japanese is an unofficial translation (仮訳). */
const isLabel = (shape: ReadShape) => /^Translation label \d+$/.test(shape.name);
/** Any character of Japanese's scripts: kana, kanji, full-width forms and punctuation. */
const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

describe('the PowerPoint file (pptxFile), read back from its XML', () => {
  let theme: PptxTheme;
  let english: ReadPptx;
  let japanese: ReadPptx;
  let both: ReadPptx;
  /** English, though given the translation. */
  let englishGivenJa: ReadPptx;

  beforeAll(async () => {
    theme = await loadTheme(ROOT);
    const [en, inJa, inBoth, enGivenJa] = await Promise.all([
      pptxFile({ model, theme }),
      pptxFile({ model, theme, language: 'ja', translation: ja }),
      pptxFile({ model, theme, language: 'both', translation: ja }),
      pptxFile({ model, theme, language: 'en', translation: ja }),
    ]);
    [english, japanese, both, englishGivenJa] = await Promise.all([
      readPptx(en),
      readPptx(inJa),
      readPptx(inBoth),
      readPptx(enGivenJa),
    ]);
  }, 120_000);

  it("is 16:9 with the deck's 25 slides, in order", () => {
    expect(english.slides).toHaveLength(25);
    expect(model.slides).toHaveLength(25);
    expect(english.presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  });

  it('holds every word the audience sees as text runs, slide by slide, in reading order', () => {
    model.slides.forEach((slide, index) => {
      const runs = normalise(texts(english.slides[index] ?? '').join(' '));
      let at = 0;
      for (const piece of screenText(slide)) {
        const found = runs.indexOf(normalise(piece.text), at);
        expect(
          found,
          `slide ${slide.number} (${slide.id}) lacks ${piece.field} "${piece.text}" in order`,
        ).toBeGreaterThan(-1);
        at = found + normalise(piece.text).length;
      }
    });
  });

  it('gives each slide one title, its headline, for the outline view and screen readers', () => {
    model.slides.forEach((slide, index) => {
      const titles = shapes(english.slides[index] ?? '').filter((shape) => shape.title);
      expect(titles, `slide ${slide.number}`).toHaveLength(1);
      const title = normalise(titles[0]?.paragraphs.map((paragraph) => paragraph.text).join(' ') ?? '');
      expect(title).toBe(slide.headline);
    });
  });

  it('has the speech in its notes, word for word across the 25 slides, each slide headed by its plan', () => {
    const spoken: string[] = [];
    model.slides.forEach((slide, index) => {
      const [plan, ...rest] = notesParagraphs(english.notes[index] ?? '');
      expect(plan?.text).toBe(`Plan: ${planText(slide.timing, slide.spokenWords)}`);
      expect(rest.map((paragraph) => paragraph.text)).toEqual(slide.notes.map(paragraphText));
      for (const paragraph of rest) expect(paragraph.langs.every((lang) => lang === 'en-GB')).toBe(true);
      spoken.push(...rest.map((paragraph) => paragraph.text));
    });
    const notes = normalise(spoken.join(' '));
    expect(firstDifference(notes, source.spoken)).toBeUndefined();
    expect(notes).toBe(source.spoken);
  });

  it('with --lang ja, has the Japanese in the notes as the handout reads it, in Japanese', () => {
    model.slides.forEach((slide, index) => {
      const [, ...rest] = notesParagraphs(japanese.notes[index] ?? '');
      const expected = translatedNotes(slide, ja).map((paragraph) => `${paragraph.emphasis ?? ''}${paragraph.text}`);
      expect(rest.map((paragraph) => paragraph.text)).toEqual(expected.length > 0 ? expected : [ja.handout.silent]);
      for (const paragraph of rest) expect(paragraph.langs.every((lang) => lang === ja.lang)).toBe(true);
    });
  });

  it("with --lang both, has each slide's English and then its Japanese", () => {
    const slide = model.slides.findIndex((each) => each.id === 'partner');
    const read = notesParagraphs(both.notes[slide] ?? '').map((paragraph) => paragraph.text);
    const english = model.slides[slide]?.notes.map(paragraphText) ?? [];
    expect(read.slice(1, 1 + english.length)).toEqual(english);
    expect(read.slice(1 + english.length)).toEqual([...ja.slides.partner.spoken]);
  });

  it.each(['ja', 'both'] as const)(
    "with --lang %s, shows each slide's Japanese headline under its English, in a text box of its own, in Japanese",
    (language) => {
      const read = language === 'ja' ? japanese : both;
      model.slides.forEach((slide, index) => {
        const drawn = shapes(read.slides[index] ?? '');
        const boxes = drawn.filter(isJapanese);
        expect(boxes, `slide ${slide.number} (${slide.id})`).toHaveLength(1);
        const [shape] = boxes;
        if (shape === undefined) return;
        expect(shape.title).toBe(false);
        expect(shape.paragraphs.map((paragraph) => paragraph.text).join('')).toBe(translatedHeadline(slide, ja));
        expect(shape.paragraphs.flatMap((paragraph) => paragraph.langs)).toEqual(shape.paragraphs.map(() => 'ja-JP'));
        expect(shape.xml).toMatch(/<a:rPr lang="ja-JP" altLang="en-US" sz="(\d+)"/);
        expect(/ sz="(\d+)"/.exec(shape.xml)?.[1]).toBe(String((theme.sizes['text-read'] / 2) * 100));
        expect(shape.xml).toContain(`<a:srgbClr val="${theme.colours['ink-soft']}"/>`);
        expect(shape.xml).toContain('<a:ea typeface="Noto Serif JP" pitchFamily="18" charset="-128"/>');
        // Under the English headline: below its foot, from the same left edge or centred on the same axis.
        const title = drawn.find((each) => each.title);
        if (title === undefined) throw new Error(`slide ${slide.number} has no title`);
        const [under, headline] = [box(shape), box(title)];
        expect(under.y, `slide ${slide.number} (${slide.id})`).toBeGreaterThanOrEqual(headline.y + headline.h);
        expect(
          Math.abs(under.x - headline.x) < 2 || Math.abs(under.x + under.w / 2 - (headline.x + headline.w / 2)) < 2,
          `slide ${slide.number} (${slide.id}) aligned with its headline`,
        ).toBe(true);
      });
      expect(shapes(read.slides[0] ?? '').find(isJapanese)?.paragraphs[0]?.text).toBe(translatedTitle(ja));
    },
  );

  it.each(['ja', 'both'] as const)(
    'with --lang %s, labels every slide an unofficial translation, in Japanese, in its top right corner',
    (language) => {
      const read = language === 'ja' ? japanese : both;
      read.slides.forEach((xml, index) => {
        const labels = shapes(xml).filter(isLabel);
        expect(labels, `slide ${index + 1}`).toHaveLength(1);
        const [label] = labels;
        if (label === undefined) return;
        expect(label.paragraphs.map((paragraph) => paragraph.text)).toEqual([ja.label]);
        expect(label.paragraphs[0]?.langs).toEqual(['ja-JP']);
        expect(label.xml).toContain('<a:prstGeom prst="roundRect">');
        const { x, y, w } = box(label);
        expect(x + w).toBeGreaterThan(SLIDE.w * 0.9);
        expect(y).toBeLessThan(SLIDE.h * 0.1);
      });
    },
  );

  it('keeps every shape on the slide, the Japanese headline and label clear of all others and of the slide number', () => {
    for (const [language, read] of [
      ['en', english],
      ['ja', japanese],
      ['both', both],
    ] as const) {
      read.slides.forEach((xml, index) => {
        const where = `${language}, slide ${index + 1}`;
        const drawn = shapes(xml);
        const number = drawn.find((shape) => /<p:ph type="sldNum"/.test(shape.xml));
        if (number === undefined) throw new Error(`${where} has no slide number`);
        for (const shape of drawn) {
          const { x, y, w, h } = box(shape);
          expect(x >= 0 && y >= 0 && x + w <= SLIDE.w && y + h <= SLIDE.h, `${where}: ${shape.name}`).toBe(true);
          // Text ends above the slide number's line, whatever the Japanese headline adds.
          if (shape !== number && shape.paragraphs.some((paragraph) => paragraph.text !== '')) {
            expect(y + h, `${where}: ${shape.name}`).toBeLessThanOrEqual(box(number).y);
          }
        }
        for (const shape of drawn.filter((each) => isJapanese(each) || isLabel(each))) {
          const crossed = drawn.filter((other) => other !== shape && overlap(shape, other)).map((other) => other.name);
          expect(crossed, `${where}: ${shape.name}`).toEqual([]);
        }
      });
    }
  });

  it('with --lang en (the default), shows the slides in English alone, as without a translation', () => {
    english.slides.forEach((xml, index) => {
      expect(
        shapes(xml).filter((shape) => isJapanese(shape) || isLabel(shape)),
        `slide ${index + 1}`,
      ).toEqual([]);
      expect(xml, `slide ${index + 1}`).not.toMatch(JAPANESE);
      expect(englishGivenJa.slides[index], `slide ${index + 1}`).toBe(xml);
    });
  });

  it("sets the document's properties from the deck model", () => {
    const { core } = english;
    expect(coreProperty(core, 'dc:title')).toBe(model.title.document);
    expect(coreProperty(core, 'dc:creator')).toBe('Mr. Atul Khare');
    expect(coreProperty(core, 'dc:subject')).toContain(model.title.occasion);
    expect(coreProperty(core, 'dc:language')).toBe('en-GB');
    const keywords = coreProperty(core, 'cp:keywords')?.split('; ') ?? [];
    expect(keywords).toEqual(['Kyoto University of Arts', ...model.sections]);
  });

  it("draws in the palette's colours and names the deck's face, with a serif's family", () => {
    const all = english.slides.join('');
    for (const colour of ['FBFAF7', '13223B', '2E3B52', '00557F', '6B4C0C', 'B9C7D3']) expect(all).toContain(colour);
    expect(all).toMatch(/<a:latin typeface="Source Serif 4" panose="02040603050405020204" pitchFamily="18"/);
    expect(all).not.toMatch(/typeface="Source Serif 4" pitchFamily="34"/);
  });

  it("paints each recommendation's panel in its series' colour", () => {
    model.slides.forEach((slide, index) => {
      if (slide.content.kind !== 'recommendation') return;
      const panel = shapes(english.slides[index] ?? '').find((shape) => shape.name.startsWith('Series panel'));
      const colour = slide.content.recommendation.series === 'kyoto' ? '6B4C0C' : '00557F';
      expect(panel?.xml, slide.id).toContain(`<a:srgbClr val="${colour}"`);
    });
  });

  it('shows icons as SVG pictures with a real PNG beside each, and alt text', async () => {
    const pictures = english.slides.flatMap((xml) => shapes(xml).filter((shape) => shape.picture));
    expect(pictures.length).toBeGreaterThan(20);
    for (const picture of pictures) {
      expect(picture.xml).toContain('asvg:svgBlip');
      expect(picture.descr).toMatch(/^Icon: [a-z]/);
    }
    const media = Object.keys(english.zip.files).filter((name) => name.startsWith('ppt/media/'));
    const pngs = media.filter((name) => name.endsWith('.png'));
    expect(pngs.length).toBe(media.filter((name) => name.endsWith('.svg')).length);
    for (const name of pngs) {
      const bytes = await english.zip.file(name)?.async('uint8array');
      expect([...(bytes ?? []).slice(0, 8)], name).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
  });

  it("marks rules, steps and the points' icons decorative, and says what the series dots mean", () => {
    const slide = model.slides.findIndex((each) => each.id === 'diet-2');
    const drawn = shapes(english.slides[slide] ?? '');
    expect(drawn.filter((shape) => shape.name.startsWith('Section step')).every((shape) => shape.decorative)).toBe(
      true,
    );
    const position = drawn.filter((shape) => shape.name.startsWith('Series position'));
    expect(position).toHaveLength(5);
    expect(position.filter((shape) => !shape.decorative).map((shape) => shape.descr)).toEqual([
      'Recommendation 2 of 5',
    ]);
    const icon = drawn.find((shape) => shape.picture);
    expect(icon?.decorative).toBe(false);
    const pointIcons = shapes(english.slides[model.slides.findIndex((each) => each.id === 'challenges')] ?? '').filter(
      (shape) => shape.picture,
    );
    expect(pointIcons).toHaveLength(3);
    expect(pointIcons.every((shape) => shape.decorative)).toBe(true);
  });

  it('shows the section and series labels in capitals while their text stays as written', () => {
    const slide = model.slides.findIndex((each) => each.id === 'diet-2');
    const series = shapes(english.slides[slide] ?? '').find((shape) => /^Series \d+$/.test(shape.name));
    expect(series?.paragraphs[0]?.text).toBe('To the National Diet');
    expect(series?.xml).toMatch(/<a:rPr cap="all"/);
  });
});
