import { SLIDE_SIZE } from '../../../model/slide-size.ts';
import type { Plan } from '../state/pacing.ts';

/** reveal.js's marks of a slide's place and state, which a copy must not carry. */
const STATE_CLASSES = ['present', 'past', 'future', 'stack', 'visible'];

/**
 * A live render of a real slide: a copy of the deck's own `<section>`, in the deck's theme (inside an element with
 * the class `reveal`), drawn at the design size and scaled to the frame. No picture, no frame of another page.
 */
export class SlidePreview {
  readonly element: HTMLElement;
  private readonly stage: HTMLElement;
  private shown = -2;

  constructor(
    private readonly sections: readonly HTMLElement[],
    label: string,
  ) {
    this.element = document.createElement('div');
    this.element.className = 'speaker-preview-frame';
    this.element.setAttribute('role', 'img');
    this.element.setAttribute('aria-label', label);
    this.stage = document.createElement('div');
    this.stage.className = 'reveal speaker-preview-stage';
    this.stage.setAttribute('aria-hidden', 'true');
    this.element.append(this.stage);
    new ResizeObserver(() => {
      this.fit();
    }).observe(this.element);
  }

  show(index: number, label: string): void {
    this.element.setAttribute('aria-label', label);
    if (index === this.shown) return;
    this.shown = index;
    const section = this.sections[index];
    this.stage.replaceChildren(section === undefined ? this.endOfDeck() : copyOf(section));
    this.fit();
  }

  private endOfDeck(): HTMLElement {
    const end = document.createElement('p');
    end.className = 'speaker-preview-end';
    end.textContent = 'End of the presentation';
    return end;
  }

  private fit(): void {
    const scale = this.element.clientWidth / SLIDE_SIZE.width;
    this.stage.style.width = `${SLIDE_SIZE.width}px`;
    this.stage.style.height = `${SLIDE_SIZE.height}px`;
    this.stage.style.transform = `scale(${scale})`;
  }
}

/** A copy of a slide without what makes it a live part of the deck: ids, notes, reveal.js's inline styles and marks. */
function copyOf(section: HTMLElement): HTMLElement {
  const copy = section.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('aside.notes').forEach((notes) => {
    notes.remove();
  });
  for (const element of [copy, ...copy.querySelectorAll<HTMLElement>('[id], [style]')]) {
    element.removeAttribute('id');
    element.removeAttribute('style');
  }
  copy.removeAttribute('hidden');
  copy.removeAttribute('aria-hidden');
  copy.classList.remove(...STATE_CLASSES);
  copy.classList.add('speaker-preview-slide');
  return copy;
}

/** How a preview names its slide to a screen reader. */
export function slideLabel(plan: Plan, index: number): string {
  const slide = plan[index];
  return slide ? `Slide ${slide.number}: ${slide.headline}` : 'End of the presentation';
}
