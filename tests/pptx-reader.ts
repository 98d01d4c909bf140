import JSZip from 'jszip';

// A PowerPoint file read back as its XML says, with a zip library and nothing of the code that wrote it.

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? '';
  });
}

/** A paragraph's runs, joined, with its runs' language. */
export interface ReadParagraph {
  readonly text: string;
  readonly langs: readonly string[];
}

/** The paragraphs of a piece of DrawingML text, in order. */
function paragraphs(xml: string): ReadParagraph[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, body = '']) => ({
    text: [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, text = '']) => unescapeXml(text)).join(''),
    langs: [...body.matchAll(/<a:rPr [^>]*lang="([^"]+)"/g)].map(([, lang = '']) => lang),
  }));
}

/** A slide's shapes and pictures in drawing order: name, alt text, whether decorative, the title, its text. */
export interface ReadShape {
  readonly name: string;
  readonly descr: string | undefined;
  readonly decorative: boolean;
  readonly title: boolean;
  readonly picture: boolean;
  readonly xml: string;
  readonly paragraphs: readonly ReadParagraph[];
}

export function shapes(slideXml: string): ReadShape[] {
  return [...slideXml.matchAll(/<p:(sp|pic)>[\s\S]*?<\/p:\1>/g)].map(([xml, kind]) => ({
    name: unescapeXml(/<p:cNvPr [^>]*name="([^"]*)"/.exec(xml)?.[1] ?? ''),
    descr: ((value) => (value === undefined ? undefined : unescapeXml(value)))(
      /<p:cNvPr [^>]*descr="([^"]*)"/.exec(xml)?.[1],
    ),
    decorative: /<adec:decorative [^>]*val="1"/.test(xml),
    title: /<p:ph\s[^>]*type="title"/.test(xml),
    picture: kind === 'pic',
    xml,
    paragraphs: paragraphs(xml),
  }));
}

export interface ReadPptx {
  readonly zip: JSZip;
  /** The slides' XML in the presentation's order. */
  readonly slides: readonly string[];
  /** Each slide's notes XML, in the same order. */
  readonly notes: readonly string[];
  readonly core: string;
  readonly presentation: string;
}

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new Error(`The package has no ${name}.`);
  return file.async('string');
}

/** Resolves a relationship target against the part that holds it. */
const resolve = (from: string, target: string) => new URL(target, `file:///${from}`).pathname.slice(1);

/** Reads the file: the slides in the order presentation.xml lists them, and the notes each slide points to. */
export async function readPptx(bytes: Uint8Array): Promise<ReadPptx> {
  const zip = await JSZip.loadAsync(bytes);
  const presentation = await part(zip, 'ppt/presentation.xml');
  const rels = await part(zip, 'ppt/_rels/presentation.xml.rels');
  const ids = [...presentation.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map(([, id = '']) => id);
  const slideNames = ids.map((id) => {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (target === undefined) throw new Error(`presentation.xml lists ${id}, which no relationship names.`);
    return resolve('ppt/presentation.xml', target);
  });
  const slides = await Promise.all(slideNames.map((name) => part(zip, name)));
  const notes = await Promise.all(
    slideNames.map(async (name) => {
      const slideRels = await part(zip, name.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels'));
      const target =
        /Type="[^"]*\/notesSlide"[^>]*Target="([^"]+)"/.exec(slideRels)?.[1] ??
        /Target="([^"]+)"[^>]*Type="[^"]*\/notesSlide"/.exec(slideRels)?.[1];
      if (target === undefined) throw new Error(`${name} has no notes.`);
      return part(zip, resolve(name, target));
    }),
  );
  return { zip, slides, notes, core: await part(zip, 'docProps/core.xml'), presentation };
}

/** The notes' body: the paragraphs of the notes placeholder. */
export function notesParagraphs(notesXml: string): ReadParagraph[] {
  const body = /name="Notes Placeholder[^"]*"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(notesXml)?.[1] ?? '';
  return paragraphs(body);
}

/** A core property's text, as written. */
export function coreProperty(core: string, name: string): string | undefined {
  const value = new RegExp(`<${name}>([^<]*)</${name}>`).exec(core)?.[1];
  return value === undefined ? undefined : unescapeXml(value);
}
