/**
 * What the slide walk measures in the page. `measureCurrentSlide` runs in the browser (Playwright serialises it), so
 * it is self-contained: no imports, no helpers from outside its body.
 */

/** Which elements' text only orients the audience (section, series, count), and which make a headline. */
export interface Roles {
  readonly label: string;
  readonly headline: string;
  /** The section marker while it is quiet: chrome-like, so not part of the slide's composed content. */
  readonly quiet: string;
}

interface MeasuredText {
  readonly text: string;
  /** The element that holds the text, as `tag.class.class`. */
  readonly element: string;
  /** Font size in the slide's own pixels, which are the pixels of a 1080p projector at any window size. */
  readonly px: number;
  readonly role: 'headline' | 'label' | 'read';
  /** Computed colours, `rgb(…)`: the text's, and that of the nearest ancestor that paints a background. */
  readonly color: string;
  readonly background: string;
}

/** A box as fractions of the frame: 0 is the frame's left or top edge, 1 its right or bottom edge. */
interface FractionBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface MeasuredSlide {
  readonly id: string;
  /** Visible elements and text that reach outside the slide frame, described. */
  readonly outside: readonly string[];
  readonly texts: readonly MeasuredText[];
  /** The box around the slide's composed content (its text and icons, the quiet section marker left out). */
  readonly content: FractionBox;
}

/** Runs in the page: the current slide, fully built, as the audience sees it (speaker notes excluded). */
export function measureCurrentSlide({ tolerance, roles }: { tolerance: number; roles: Roles }): MeasuredSlide {
  const deck = window.Reveal;
  const slide = deck.getCurrentSlide();
  const frame = deck.getSlidesElement()?.getBoundingClientRect();
  if (frame === undefined) throw new Error('reveal.js has no .slides element');
  const seen = { opacityProperty: true, visibilityProperty: true };
  const box = (rect: DOMRect) =>
    `[${Math.round(rect.left)}, ${Math.round(rect.top)}, ${Math.round(rect.right)}, ${Math.round(rect.bottom)}]`;
  const nameOf = (element: Element) =>
    element.tagName.toLowerCase() + [...element.classList].map((name) => `.${name}`).join('');
  const isOutside = (rect: DOMRect) =>
    rect.left < frame.left - tolerance ||
    rect.top < frame.top - tolerance ||
    rect.right > frame.right + tolerance ||
    rect.bottom > frame.bottom + tolerance;
  const outside: string[] = [];
  const content = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  const include = (rect: DOMRect) => {
    content.left = Math.min(content.left, rect.left);
    content.top = Math.min(content.top, rect.top);
    content.right = Math.max(content.right, rect.right);
    content.bottom = Math.max(content.bottom, rect.bottom);
  };
  for (const element of [slide, ...slide.querySelectorAll('*')]) {
    const rect = element.getBoundingClientRect();
    if (element.closest('aside.notes') || rect.width * rect.height === 0 || !element.checkVisibility(seen)) continue;
    if (isOutside(rect)) outside.push(`${nameOf(element)} at ${box(rect)} outside the frame ${box(frame)}`);
    if (element.matches('svg') && !element.closest(roles.quiet)) include(rect);
  }
  const backgroundOf = (element: Element | null): string => {
    for (let at = element; at !== null; at = at.parentElement) {
      const color = getComputedStyle(at).backgroundColor;
      if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
    }
    return 'rgb(255, 255, 255)';
  };
  const texts: MeasuredText[] = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent?.trim() ?? '';
    if (parent === null || text === '' || parent.closest('aside.notes') || !parent.checkVisibility(seen)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (rect.width * rect.height === 0) continue;
    // Text can overflow a box that itself fits; its own rectangle says where it is drawn.
    if (isOutside(rect)) outside.push(`text "${text}" at ${box(rect)} outside the frame ${box(frame)}`);
    if (!parent.closest(roles.quiet)) include(rect);
    const style = getComputedStyle(parent);
    const role = parent.closest(roles.label) ? 'label' : parent.closest(roles.headline) ? 'headline' : 'read';
    texts.push({
      text,
      element: nameOf(parent),
      // Computed sizes are the slide's own: reveal.js scales the whole slide to the window around them.
      px: Number.parseFloat(style.fontSize),
      role,
      color: style.color,
      background: backgroundOf(parent),
    });
  }
  const fraction = (value: number, start: number, length: number) => (value - start) / length;
  return {
    id: slide.id,
    outside,
    texts,
    content: {
      left: fraction(content.left, frame.left, frame.width),
      right: fraction(content.right, frame.left, frame.width),
      top: fraction(content.top, frame.top, frame.height),
      bottom: fraction(content.bottom, frame.top, frame.height),
    },
  };
}

/** WCAG 2 contrast ratio of two opaque `rgb(r, g, b)` colours. */
export function contrast(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
