import type { ScriptView } from './script-view.ts';

/**
 * What the prompter hears from the script's element: a reflow (the font arrives, the text size changes, the window
 * is resized), after which it keeps its place, and the wheel, which nudges it by lines while it scrolls by itself.
 */
export function watchScript(
  script: ScriptView,
  on: { readonly reflow: () => void; readonly wheel: (lines: number) => void; readonly scrolling: () => boolean },
  lineHeight: () => number,
): void {
  const reflow = new ResizeObserver(() => {
    on.reflow();
  });
  reflow.observe(script.element);
  reflow.observe(script.text);
  script.element.addEventListener(
    'wheel',
    (event) => {
      if (!on.scrolling() || event.ctrlKey) return;
      event.preventDefault();
      const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * lineHeight() : event.deltaY;
      on.wheel(pixels / lineHeight());
    },
    { passive: false },
  );
}
