import { scriptHtml } from 'virtual:speech-deck/speaker-data';
import { planText } from '../../../model/script.ts';
import { pageModel } from '../../page-model.ts';
import type { Plan, PlannedSlide } from '../state/pacing.ts';

/** Where the current slide's passage stands: a fifth of the way down, at a reader's eye level. */
const EYE_LEVEL = 0.2;

/**
 * The script as the speaker reads it: the whole speech as the build rendered it, one passage a slide. It marks
 * what is already spoken, the current passage and the next cue, and scrolls the current passage to eye level.
 */
export class ScriptView {
  readonly element: HTMLElement;
  /** The script's text, inside the scrolling element: what a mirror flips. */
  readonly text: HTMLElement;
  readonly passages: readonly HTMLElement[];
  private current = -1;

  constructor() {
    this.element = document.createElement('div');
    this.element.className = 'speaker-script';
    this.element.tabIndex = 0;
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-label', "The speaker's script");
    // The build's own markup (src/model/script.ts, through the escaping template), parsed inert and then adopted.
    const template = document.createElement('template');
    template.innerHTML = scriptHtml;
    this.element.append(template.content);
    this.passages = [...this.element.querySelectorAll<HTMLElement>('.script-passage')];
    this.text = this.element.querySelector<HTMLElement>('.script') ?? this.element;
  }

  /** The plan the build made: each slide's planned seconds, spoken words and headline, from the page model. */
  plan(): Plan {
    return pageModel().slides.map(({ id, number, headline, seconds, words }): PlannedSlide => ({
      id,
      number,
      headline,
      seconds,
      words,
    }));
  }

  /** The script's text size as drawn, in CSS pixels. */
  textSize(): number {
    return Number.parseFloat(getComputedStyle(this.element).fontSize);
  }

  /** Shows the plan in force (the rehearsed times, when they are the plan) in each cue. */
  showPlan(plan: Plan): void {
    plan.forEach((slide, index) => {
      const cue = this.passages[index]?.querySelector('.script-cue-plan');
      if (cue) cue.textContent = planText(slide.seconds, slide.words);
    });
  }

  /** Marks the slide's passage as current, the ones before it as spoken and the next one's cue; scrolls nothing. */
  show(index: number): void {
    if (index === this.current) return;
    this.current = index;
    this.passages.forEach((passage, at) => {
      passage.classList.toggle('is-spoken', at < index);
      passage.classList.toggle('is-current', at === index);
      passage.classList.toggle('is-next', at === index + 1);
      if (at === index) passage.setAttribute('aria-current', 'step');
      else passage.removeAttribute('aria-current');
    });
  }

  /** The scroll position that puts passage `index` at eye level. */
  anchorFor(index: number): number {
    const passage = this.passages[index];
    if (passage === undefined) return this.element.scrollTop;
    const offset = passage.getBoundingClientRect().top - this.element.getBoundingClientRect().top;
    return Math.max(0, this.element.scrollTop + offset - this.element.clientHeight * EYE_LEVEL);
  }

  /** Brings the current passage to eye level, for example after the text size changed. */
  scrollToCurrent(behavior: ScrollBehavior = 'instant'): void {
    if (this.current < 0) return;
    this.element.scrollTo({ top: this.anchorFor(this.current), behavior });
  }
}
