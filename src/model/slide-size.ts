/**
 * The slide's own size in CSS pixels: a 1080p projector's, so that every size in the theme is the size on the screen.
 * Defined here once: reveal.js, the PDF export and the stylesheets (as custom properties, through the build) take it.
 */
export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

/** The size as CSS custom properties, which the build writes into each page's head for the stylesheets. */
export function slideSizeProperties(): string {
  const { width, height } = SLIDE_SIZE;
  // The width also bare, for a scale factor: CSS divides a length by a number, not (yet, everywhere) by a length.
  return `:root { --slide-width: ${width}px; --slide-height: ${height}px; --slide-width-number: ${width}; }`;
}
