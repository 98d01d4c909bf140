import { parse, type DefaultTreeAdapterTypes as Tree } from 'parse5';

// Reading and editing built pages with parse5, the WHATWG HTML parser that jsdom uses: what it calls a script or an
// element is what the browser calls one (raw text, comments, templates, `</span\n>`), which no regular expression
// can promise. Edits are spliced into the page's own text at the offsets parse5 reports, so everything else in the
// page stays byte for byte as the build wrote it.

type Element = Tree.Element;

/** A piece of the page's source: where it starts and ends (UTF-16 offsets, as `String.prototype.slice` takes). */
interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Every element of the page in document order, template contents included. `scripting` as in the browser: on, the
 * contents of `<noscript>` are text; off, they are elements (what a reader without JavaScript gets).
 */
function elements(html: string, scripting: boolean): Element[] {
  const found: Element[] = [];
  const visit = (node: Tree.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      found.push(child);
      visit(child.tagName === 'template' ? (child as Tree.Template).content : child);
    }
  };
  visit(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: scripting }));
  return found;
}

function spanOf(element: Element): Span | undefined {
  const location = element.sourceCodeLocation;
  return location ? { start: location.startOffset, end: location.endOffset } : undefined;
}

/** The text of every inline `<script>` (one without `src`), exactly as the browser hashes it, in page order. */
export function inlineScripts(html: string): string[] {
  return elements(html, true)
    .filter((element) => element.tagName === 'script' && !element.attrs.some((attribute) => attribute.name === 'src'))
    .map((script) => script.childNodes.map((node) => ('value' in node ? node.value : '')).join(''));
}

/** The page without the elements that carry `attribute`, wherever they are (in `<noscript>` too), their content with them. */
export function withoutElements(html: string, attribute: string): string {
  const spans = elements(html, false)
    .filter((element) => element.attrs.some((each) => each.name === attribute))
    .flatMap((element) => spanOf(element) ?? []);
  // A nested one goes with its parent; then from the last to the first, so that each offset still points where it did.
  const outermost = spans.filter(
    (span) => !spans.some((other) => other !== span && other.start <= span.start && span.end <= other.end),
  );
  let edited = html;
  for (const span of outermost.sort((a, b) => b.start - a.start))
    edited = edited.slice(0, span.start) + edited.slice(span.end);
  return edited;
}

/** Inserts markup right after the page's own `<head>` start tag; undefined when the page has none written. */
export function afterHeadStart(html: string, markup: string): string | undefined {
  const head = elements(html, true).find((element) => element.tagName === 'head');
  const offset = head?.sourceCodeLocation?.startTag?.endOffset;
  return offset === undefined ? undefined : html.slice(0, offset) + markup + html.slice(offset);
}

/** Inserts markup right before the page's own `</body>` end tag; undefined when the page has none written. */
export function beforeBodyEnd(html: string, markup: string): string | undefined {
  const body = elements(html, true).find((element) => element.tagName === 'body');
  const offset = body?.sourceCodeLocation?.endTag?.startOffset;
  return offset === undefined ? undefined : html.slice(0, offset) + markup + html.slice(offset);
}

/** The page with the first element whose `attribute` is `value` replaced by markup; undefined when it has none. */
export function withElementReplaced(
  html: string,
  attribute: string,
  value: string,
  markup: string,
): string | undefined {
  const found = elements(html, true).find((element) =>
    element.attrs.some((each) => each.name === attribute && each.value === value),
  );
  const span = found && spanOf(found);
  return span === undefined ? undefined : html.slice(0, span.start) + markup + html.slice(span.end);
}

/** Whether the page has an element whose `attribute` is `value`. */
export function hasElement(html: string, attribute: string, value: string): boolean {
  return elements(html, true).some((element) =>
    element.attrs.some((each) => each.name === attribute && each.value === value),
  );
}
