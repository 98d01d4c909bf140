import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { speech } from '../../../../slides/speech.ts';
import { translation as ja } from '../../../../slides/translations/ja.ts';
import { deckModel, paragraphText } from '../../../../src/model/deck.ts';
import { planText } from '../../../../src/model/script.ts';
import { screenText } from '../../../../src/model/screen.ts';
import { translatedNotes } from '../../../../src/model/translated-slides.ts';
import { pptxFile } from '../../../../src/node/pptx/presentation.ts';
import { loadTheme } from '../../../../src/node/pptx/theme.ts';
import { coreProperty, notesParagraphs, readPptx, shapes, type ReadPptx } from '../../../pptx-reader.ts';
import { firstDifference, normalise, readSource } from '../../../source.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const model = deckModel(speech);
const source = readSource();
/** The texts of a slide's shapes, in drawing order, each paragraph on its own. */
const texts = (xml: string) => shapes(xml).flatMap((shape) => shape.paragraphs.map((paragraph) => paragraph.text));

describe('the PowerPoint file (pptxFile), read back from its XML', () => {
  let english: ReadPptx;
  let japanese: ReadPptx;
  let both: ReadPptx;

  beforeAll(async () => {
    const theme = await loadTheme(ROOT);
    const [en, inJa, inBoth] = await Promise.all([
      pptxFile({ model, theme }),
      pptxFile({ model, theme, language: 'ja', translation: ja }),
      pptxFile({ model, theme, language: 'both', translation: ja }),
    ]);
    [english, japanese, both] = await Promise.all([readPptx(en), readPptx(inJa), readPptx(inBoth)]);
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
