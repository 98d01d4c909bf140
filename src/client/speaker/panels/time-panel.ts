import type { TimeFigures } from '../state/figures.ts';

const FIGURES = [
  ['clock', 'Clock'],
  ['talk', 'Talk time'],
  ['left', 'Left'],
  ['schedule', 'Schedule'],
  ['slide', 'This slide'],
  ['pace', 'Pace'],
] as const;

type Field = (typeof FIGURES)[number][0];

/** The time, pinned above the script: clock, talk time, time left, ahead or behind, this slide, pace, progress. */
export class TimePanel {
  readonly element: HTMLElement;
  private readonly values = new Map<Field, HTMLElement>();
  private readonly notes = new Map<Field, HTMLElement>();
  private readonly figures = new Map<Field, HTMLElement>();
  private readonly bar: HTMLElement;
  private readonly progress: HTMLElement;
  private readonly status: HTMLElement;

  constructor() {
    this.element = document.createElement('div');
    this.element.className = 'speaker-time';
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-label', 'Time');
    for (const [field, label] of FIGURES) {
      const figure = document.createElement('div');
      figure.className = `speaker-figure speaker-figure-${field}`;
      figure.innerHTML = `<span class="speaker-label">${label}</span><span class="speaker-value"></span><span class="speaker-note"></span>`;
      this.figures.set(field, figure);
      this.values.set(field, figure.querySelector('.speaker-value') ?? figure);
      this.notes.set(field, figure.querySelector('.speaker-note') ?? figure);
      this.element.append(figure);
    }
    this.status = document.createElement('p');
    this.status.className = 'speaker-status';
    this.status.setAttribute('role', 'status');
    this.progress = document.createElement('div');
    this.progress.className = 'speaker-progress';
    this.progress.setAttribute('role', 'progressbar');
    this.progress.setAttribute('aria-label', 'Progress through the planned talk');
    this.progress.setAttribute('aria-valuemin', '0');
    this.progress.setAttribute('aria-valuemax', '100');
    this.bar = document.createElement('span');
    this.bar.className = 'speaker-progress-bar';
    this.progress.append(this.bar);
    this.element.append(this.status, this.progress);
  }

  private set(field: Field, value: string, note = ''): void {
    const valueElement = this.values.get(field);
    const noteElement = this.notes.get(field);
    if (valueElement && valueElement.textContent !== value) valueElement.textContent = value;
    if (noteElement && noteElement.textContent !== note) noteElement.textContent = note;
  }

  update(figures: TimeFigures): void {
    this.set('clock', figures.clock);
    this.set('talk', figures.talk, figures.talkNote);
    this.figures.get('talk')?.classList.toggle('is-paused', figures.paused);
    this.set('left', figures.left, `of ${figures.length}`);
    this.set('schedule', figures.schedule.text);
    this.figures.get('schedule')?.setAttribute('data-tone', figures.schedule.tone);
    this.set('slide', figures.slideLeft, figures.slideOver ? 'over' : 'left');
    this.figures.get('slide')?.classList.toggle('is-over', figures.slideOver);
    this.set('pace', figures.pace, `words a minute · plan ${figures.plannedPace}`);
    const percent = Math.round(Math.min(1, Math.max(0, figures.progress)) * 100);
    this.bar.style.transform = `scaleX(${percent / 100})`;
    this.progress.setAttribute('aria-valuenow', String(percent));
    const status = [figures.position, figures.connection].filter((part) => part).join(' · ');
    if (this.status.textContent !== status) this.status.textContent = status;
    // Not connected, or told something by the deck: the speaker should see it at a glance.
    this.status.classList.toggle('is-alert', figures.connection !== '');
  }
}
