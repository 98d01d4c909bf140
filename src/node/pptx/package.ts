import JSZip from 'jszip';
import { pngFallback } from './icons.ts';
import type { Mark, SlideMarks } from './marks.ts';
import type { NotesParagraph } from './notes.ts';
import { TITLE_MARK } from './canvas.ts';

// What pptxgenjs (4.0) writes no way to ask for, added to the package it wrote, each by a small, checked edit of its
// XML: a step that fails loudly when the library's output is not as expected, rather than writing a wrong file.

/** The document's properties that pptxgenjs leaves out of docProps/core.xml. */
interface ExtraProperties {
  readonly keywords: readonly string[];
  /** BCP 47. */
  readonly language: string;
}

export interface Finish {
  readonly properties: ExtraProperties;
  readonly marks: SlideMarks;
  /** Each slide's notes, set out as paragraphs in their languages. */
  readonly notes: readonly (readonly NotesParagraph[])[];
  /** The deck's face, given a serif's font family so that a client without it stands in a serif, not a sans. */
  readonly face: string;
  /** The deck's Japanese face, named as a Japanese serif's, so that a client without it stands in one. */
  readonly japaneseFace: string;
}

/** The PANOSE classification of faces the deck may use (read from the font's OS/2 table). */
const PANOSE: Readonly<Record<string, string>> = { 'Source Serif 4': '02040603050405020204' };

/** The library wrote something this step does not recognise: a bug to report, not the user's mistake. */
class PackageError extends Error {
  override name = 'PackageError';
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** PowerPoint's (2019 and later) decorative flag, an extension of the shape's non-visual properties. */
const DECORATIVE =
  '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>';

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new PackageError(`pptxgenjs wrote no ${name}.`);
  return file.async('string');
}

function withProperties(core: string, properties: ExtraProperties): string {
  if (!core.includes('</cp:coreProperties>')) throw new PackageError('docProps/core.xml has no coreProperties.');
  const added =
    `<cp:keywords>${escapeXml(properties.keywords.join('; '))}</cp:keywords>` +
    `<dc:language>${escapeXml(properties.language)}</dc:language>`;
  return core.replace('</cp:coreProperties>', `${added}</cp:coreProperties>`);
}

/** A slide's shapes with their marks written in: alt text, the decorative flag, capitals. */
function withMarks(xml: string, marks: ReadonlyMap<string, Mark>, slide: number): string {
  let found = 0;
  const marked = xml.replace(/<p:(sp|pic)>[\s\S]*?<\/p:\1>/g, (shape) => {
    const name = /<p:cNvPr id="\d+" name="([^"]*)"/.exec(shape)?.[1];
    const mark = name === undefined ? undefined : marks.get(/<p:ph\s[^>]*type="title"/.test(shape) ? TITLE_MARK : name);
    if (name === undefined || mark === undefined) return shape;
    found += 1;
    const open = new RegExp(`<p:cNvPr id="(\\d+)" name="${escapeRegExp(name)}"( descr="[^"]*")?(/?)>`);
    let edited = shape.replace(open, (_, id: string, written: string | undefined, closed: string) => {
      const descr = mark.alt === undefined ? (written ?? '') : ` descr="${escapeXml(mark.alt)}"`;
      const head = `<p:cNvPr id="${id}" name="${name}"${descr}>`;
      const ext = mark.decorative ? DECORATIVE : '';
      return closed === '/' ? `${head}${ext}</p:cNvPr>` : `${head}${ext}`;
    });
    if (mark.caps === 'shape') edited = edited.replace(/<a:rPr /g, '<a:rPr cap="all" ');
    if (mark.caps === 'first-paragraph') {
      edited = edited.replace(/<a:p>[\s\S]*?<\/a:p>/, (paragraph) =>
        paragraph.replace(/<a:rPr /g, '<a:rPr cap="all" '),
      );
    }
    return edited;
  });
  if (found !== marks.size) throw new PackageError(`slide ${slide}: ${marks.size - found} marked shapes not found.`);
  return marked;
}

function notesParagraph(paragraph: NotesParagraph): string {
  const runs = paragraph.runs.map((run) => {
    const bold = run.bold ? ' b="1"' : '';
    const italic = paragraph.plan ? ' i="1"' : '';
    return `<a:r><a:rPr lang="${escapeXml(paragraph.lang)}"${bold}${italic} dirty="0"/><a:t>${escapeXml(run.text)}</a:t></a:r>`;
  });
  return `<a:p>${runs.join('')}</a:p>`;
}

/** The notes body as paragraphs, each in its language: pptxgenjs writes one run, in en-US. */
function withNotes(xml: string, paragraphs: readonly NotesParagraph[], slide: number): string {
  const body = /(<p:cNvPr id="\d+" name="Notes Placeholder[^"]*"\/>[\s\S]*?<p:txBody>)[\s\S]*?(<\/p:txBody>)/;
  if (!body.test(xml)) throw new PackageError(`notes of slide ${slide} have no body placeholder.`);
  const set = `<a:bodyPr/><a:lstStyle/>${paragraphs.map(notesParagraph).join('')}`;
  return xml.replace(body, (_, head: string, tail: string) => `${head}${set}${tail}`);
}

/** Each SVG picture's PNG stand-in, drawn from the SVG (pptxgenjs leaves a placeholder in Node). */
async function withFallbacks(
  zip: JSZip,
  slideXml: string,
  rels: string,
  drawn: Map<string, Uint8Array>,
): Promise<void> {
  const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="\\.\\./media/([^"]+)"`).exec(rels)?.[1];
  for (const match of slideXml.matchAll(/<a:blip r:embed="(rId\d+)">[\s\S]*?<asvg:svgBlip [^>]*r:embed="(rId\d+)"/g)) {
    const [png, svg] = [target(match[1] ?? ''), target(match[2] ?? '')];
    if (png === undefined || svg === undefined) throw new PackageError('an SVG picture without its two images.');
    const source = zip.file(`ppt/media/${svg}`);
    if (source === null) throw new PackageError(`pptxgenjs wrote no ppt/media/${svg}.`);
    // The same icon recurs across slides: drawn once.
    const svgText = await source.async('string');
    const fallback = drawn.get(svgText) ?? pngFallback(new TextEncoder().encode(svgText));
    drawn.set(svgText, fallback);
    zip.file(`ppt/media/${png}`, fallback);
  }
}

/** Applies the finishing edits to the package pptxgenjs wrote, and returns the finished file. */
export async function finishPackage(written: Uint8Array, finish: Finish): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(written);
  zip.file('docProps/core.xml', withProperties(await text(zip, 'docProps/core.xml'), finish.properties));
  const known = PANOSE[finish.face];
  const panose = known === undefined ? '' : ` panose="${known}"`;
  const pitch = new RegExp(`(typeface="${escapeRegExp(escapeXml(finish.face))}") pitchFamily="34"`, 'g');
  const japanese = escapeRegExp(escapeXml(finish.japaneseFace));
  const japanesePitch = new RegExp(`(<a:(?:latin|cs) typeface="${japanese}") pitchFamily="34"`, 'g');
  const japaneseEa = new RegExp(`(<a:ea typeface="${japanese}") pitchFamily="34" charset="-122"`, 'g');
  const drawn = new Map<string, Uint8Array>();
  for (let number = 1; number <= finish.marks.length; number += 1) {
    const name = `ppt/slides/slide${number}.xml`;
    let xml = withMarks(await text(zip, name), finish.marks[number - 1] ?? new Map(), number);
    // pitchFamily 18: a roman (serif) face of variable pitch, where pptxgenjs says 34, a swiss (sans) one; with the
    // face's PANOSE, PowerPoint picks the nearest serif it has when the face is missing.
    xml = xml.replace(pitch, `$1${panose} pitchFamily="18"`);
    // The same for the Japanese face, and its east-Asian slot in the Japanese character set (Shift JIS, -128) where
    // pptxgenjs says Chinese (GB 2312, -122): PowerPoint stands in a Japanese face for it, not a Chinese one.
    xml = xml.replace(japanesePitch, '$1 pitchFamily="18"').replace(japaneseEa, '$1 pitchFamily="18" charset="-128"');
    await withFallbacks(zip, xml, await text(zip, `ppt/slides/_rels/slide${number}.xml.rels`), drawn);
    zip.file(name, xml);
    const notesName = `ppt/notesSlides/notesSlide${number}.xml`;
    zip.file(notesName, withNotes(await text(zip, notesName), finish.notes[number - 1] ?? [], number));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
