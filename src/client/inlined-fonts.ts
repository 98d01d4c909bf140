/** `url("data:font/woff2;base64,…")` in an `@font-face` rule's `src`. */
const BASE64_FONT = /url\(["']?data:font\/[\w.+-]+;base64,([A-Za-z0-9+/=]+)["']?\)/;

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Gives the page its inlined faces now, decoded from the bytes the stylesheet already holds. From CSS, a face inlined
 * as a data: URL still loads asynchronously: the first layouts run in a fallback face (the system's font lookup
 * included), and the text is laid out again when the face arrives, just before the deck is ready. A FontFace made from
 * bytes is ready when made; it takes the place of the stylesheet's rule, which would otherwise load too and lay the
 * text out again. Without JavaScript the stylesheet's face serves as before.
 */
export function useInlinedFontsNow(sheets: Iterable<CSSStyleSheet> = document.styleSheets): void {
  for (const sheet of sheets) {
    for (let index = sheet.cssRules.length - 1; index >= 0; index--) {
      const rule = sheet.cssRules[index];
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const base64 = BASE64_FONT.exec(rule.style.getPropertyValue('src'))?.[1];
      // The descriptor as CSS writes it (`"Source Serif 4"`); FontFace wants the bare name.
      const family = rule.style.getPropertyValue('font-family').replace(/^(["'])(.*)\1$/, '$2');
      if (base64 === undefined || family === '') continue;
      sheet.deleteRule(index);
      const face = new FontFace(family, bytesOf(base64), {
        style: rule.style.getPropertyValue('font-style') || 'normal',
        weight: rule.style.getPropertyValue('font-weight') || 'normal',
        display: (rule.style.getPropertyValue('font-display') || 'auto') as FontDisplay,
      });
      document.fonts.add(face);
    }
  }
}
