import { arrive, isPaused, NEW_TALK, pause, readTalk, reset, resume, spentOn, start, type TalkState } from './clock.ts';
import { timeFigures } from './figures.ts';
import { actionFor, KEYS, type Action } from './keys.ts';
import type { DeckLink } from './link.ts';
import type { DeckState } from './messages.ts';
import { withRehearsedTimes, type Plan } from './pacing.ts';
import { SlidePreview } from './previews.ts';
import { download, recordedSeconds, rehearsal, rehearsalCsv, rehearsalJson } from './rehearsal.ts';
import { RehearsalPanel } from './rehearsal-panel.ts';
import { ResetDialog } from './reset-dialog.ts';
import { ScriptView } from './script-view.ts';
import { readSettings, resize, type Settings } from './settings.ts';
import type { DeckStorage } from './storage.ts';
import { TimePanel } from './time-panel.ts';

export interface ViewOptions {
  readonly link: DeckLink;
  readonly storage: DeckStorage;
  /** The deck's title, for file names. */
  readonly deck: string;
  /** Beside the slide in the deck's window: no copy of the current slide, and the deck's keys move the slides. */
  readonly inWindow: boolean;
  readonly rehearse: boolean;
  readonly onClose?: () => void;
}

const TICK_MS = 250;
const media = (query: string) => window.matchMedia(query).matches;

/** The speaker view: the script, the slides, the time and the rehearsal, kept in step with the deck. */
export class SpeakerView {
  readonly element = document.createElement('div');
  private readonly script = new ScriptView(() => media('(prefers-reduced-motion: reduce)'));
  private readonly basePlan: Plan = this.script.plan();
  private readonly time = new TimePanel();
  private readonly rehearsalPanel: RehearsalPanel;
  private readonly resetDialog = new ResetDialog(() => {
    this.saveTalk(reset(this.talk));
  });
  private readonly now: SlidePreview;
  private readonly next: SlidePreview;
  private settings: Settings;
  private talk: TalkState;
  private deck: DeckState | null = null;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly onKey = (event: KeyboardEvent) => {
    this.key(event);
  };

  constructor(private readonly options: ViewOptions) {
    const { storage } = options;
    this.settings = readSettings(storage, media('(prefers-color-scheme: dark)'));
    if (options.rehearse) this.settings = { ...this.settings, rehearse: true };
    this.talk = readTalk(storage.read('talk') ?? NEW_TALK);
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
    this.now = new SlidePreview(sections, 'Current slide');
    this.next = new SlidePreview(sections, 'Next slide');
    this.rehearsalPanel = new RehearsalPanel({
      downloadCsv: () => {
        download(this.fileName('csv'), 'text/csv', rehearsalCsv(this.table()));
      },
      downloadJson: () => {
        download(this.fileName('json'), 'application/json', rehearsalJson(this.table(), options.deck, new Date()));
      },
      usePlan: (on) => {
        const basePlanTable = rehearsal(this.basePlan, (id) => this.secondsOn(id));
        this.configure({ rehearsedPlan: on ? recordedSeconds(basePlanTable) : null });
      },
    });
    this.element.append(this.layout());
    options.link.onState((state) => {
      this.follow(state);
    });
    window.addEventListener('keydown', this.onKey, true);
    this.timer = setInterval(() => {
      this.render();
    }, TICK_MS);
    this.configure({});
  }

  /** Puts the script's passage back at eye level: once the view is in the page and has its size. */
  settle(): void {
    this.script.scrollToCurrent();
  }

  close(): void {
    clearInterval(this.timer);
    window.removeEventListener('keydown', this.onKey, true);
    this.options.link.close();
    this.element.remove();
  }

  private layout(): DocumentFragment {
    const fragment = document.createDocumentFragment();
    // Groups, not landmarks: beside the slide, the view shares a page whose deck is an application.
    const side = document.createElement('div');
    side.className = 'speaker-side';
    side.setAttribute('role', 'group');
    side.setAttribute('aria-label', 'Slides');
    const figure = (label: string, preview: HTMLElement, extra = '') => {
      const box = document.createElement('figure');
      box.className = `speaker-preview ${extra}`;
      const caption = document.createElement('figcaption');
      caption.textContent = label;
      box.append(caption, preview);
      return box;
    };
    const nextButton = document.createElement('button');
    nextButton.type = 'button';
    nextButton.className = 'speaker-next-button';
    nextButton.append(this.next.element);
    nextButton.addEventListener('click', () => {
      this.options.link.send({ go: 'next' });
    });
    if (!this.options.inWindow) side.append(figure('Now', this.now.element, 'speaker-preview-now'));
    side.append(figure('Next (click to advance)', nextButton, 'speaker-preview-next'), this.rehearsalPanel.element);
    const keys = document.createElement('div');
    keys.className = 'speaker-keys';
    keys.innerHTML = KEYS.map(([key, does]) => `<span><kbd>${key}</kbd> ${does}</span>`).join('');
    this.element.className = 'speaker';
    fragment.append(this.time.element, this.script.element, side, keys, this.resetDialog.element);
    return fragment;
  }

  private plan(): Plan {
    const rehearsed = this.settings.rehearsedPlan;
    return rehearsed === null ? this.basePlan : withRehearsedTimes(this.basePlan, rehearsed);
  }

  private secondsOn(id: string): number {
    return spentOn(this.talk, id, Date.now()) / 1000;
  }

  private table() {
    return rehearsal(this.plan(), (id) => this.secondsOn(id));
  }

  private fileName(extension: string): string {
    return `rehearsal-${new Date().toISOString().slice(0, 16).replace(':', '')}.${extension}`;
  }

  private configure(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    this.options.storage.write('settings', this.settings);
    const { element, settings } = this;
    element.dataset.scheme = settings.scheme;
    element.classList.toggle('speaker-in-window', this.options.inWindow);
    element.classList.toggle('is-rehearsing', settings.rehearse);
    this.rehearsalPanel.element.hidden = !settings.rehearse;
    if (settings.textSize === null) element.style.removeProperty('--speaker-text');
    else element.style.setProperty('--speaker-text', `${settings.textSize}px`);
    this.script.showPlan(this.plan());
    this.applyPause();
    this.script.scrollToCurrent();
    this.render();
  }

  private saveTalk(talk: TalkState): void {
    this.talk = talk;
    this.options.storage.write('talk', talk);
    this.render();
  }

  /** Talk time stands still while the speaker holds it or the screen is blank, and runs otherwise. */
  private applyPause(): void {
    const stop = this.settings.held || this.deck?.blanked === true;
    const now = Date.now();
    if (stop && !isPaused(this.talk)) this.saveTalk(pause(this.talk, now));
    else if (!stop && isPaused(this.talk)) this.saveTalk(resume(this.talk, now));
  }

  private follow(state: DeckState): void {
    this.deck = state;
    const id = this.basePlan[state.index]?.id ?? String(state.index);
    const moved = arrive(this.talk, Date.now(), state.index, id);
    if (moved !== this.talk) this.saveTalk(moved);
    this.applyPause();
    this.script.show(state.index);
    const label = (index: number) => {
      const slide = this.basePlan[index];
      return slide ? `Slide ${slide.number}: ${slide.headline}` : 'End of the presentation';
    };
    this.now.show(state.index, `Current slide, ${label(state.index)}`);
    this.next.show(state.index + 1, `Next slide, ${label(state.index + 1)}`);
    this.render();
  }

  private key(event: KeyboardEvent): void {
    if (this.resetDialog.isOpen()) return;
    const action = actionFor(event, !this.options.inWindow);
    if (action === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    this.act(action);
  }

  private act(action: Action): void {
    const { link } = this.options;
    switch (action) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last':
        link.send({ go: action });
        return;
      case 'blank':
        link.send({ blank: 'toggle' });
        return;
      case 'pause':
        if (this.talk.startedAt === null) this.saveTalk(start(this.talk, Date.now()));
        else this.configure({ held: !this.settings.held });
        return;
      case 'reset':
        this.resetDialog.open();
        return;
      case 'larger':
      case 'smaller':
        this.configure({ textSize: resize(this.script.textSize(), action === 'larger' ? 1 : -1) });
        return;
      case 'default-size':
        this.configure({ textSize: null });
        return;
      case 'scheme':
        this.configure({ scheme: this.settings.scheme === 'dark' ? 'light' : 'dark' });
        return;
      case 'rehearse':
        this.configure({ rehearse: !this.settings.rehearse });
        return;
      case 'close':
        this.options.onClose?.();
        return;
    }
  }

  private render(): void {
    const { link } = this.options;
    const moment = { talk: this.talk, deck: this.deck, plan: this.plan(), held: this.settings.held, now: Date.now() };
    this.time.update(timeFigures({ ...moment, connected: link.connected() }));
    if (this.settings.rehearse) {
      this.rehearsalPanel.update(this.table(), this.deck?.index ?? -1, this.settings.rehearsedPlan !== null);
    }
  }
}
