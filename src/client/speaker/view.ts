import { ClockTeller, slideSeconds, timeFigures } from './state/figures.ts';
import { actionFor, type Action } from './keys.ts';
import type { DeckState } from './channel/messages.ts';
import { withRehearsedTimes, type Plan } from './state/pacing.ts';
import { SlidePreview, slideLabel } from './panels/previews.ts';
import { Prompter } from './panels/prompter.ts';
import { recordedSeconds, rehearsal } from './state/rehearsal.ts';
import { rehearsalPanel, type RehearsalPanel } from './panels/rehearsal-panel.ts';
import { ResetDialog } from './panels/reset-dialog.ts';
import { ScriptView } from './panels/script-view.ts';
import { adoptSpeakerStyles } from './styles.ts';
import { applySettings, readSettings, settingFor, type Settings } from './state/settings.ts';
import { Talk } from './state/talk.ts';
import { TimePanel } from './panels/time-panel.ts';
import { keyLine, sidePanel } from './panels/view-layout.ts';
import type { DeckLink } from './channel/deck-link.ts';
import { wantsRehearsal } from './channel/parameters.ts';
import { DeckStorage } from './state/storage.ts';

/** What Space presses rather than moves the slides: the view's buttons, check boxes and disclosures. */
const CONTROLS = 'button, input, select, textarea, summary';

/** What the speaker view is given: the channel to the deck, storage, and where it shows. */
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

/**
 * The options of a view on this page, the window page's and the in-window view's alike: storage under the deck's
 * title (so both windows of one deck share it), rehearsal mode from the address. `onClose` only in the window.
 */
export function viewOptions(link: DeckLink, onClose?: () => void): ViewOptions {
  const deck = document.title;
  const common = { link, storage: new DeckStorage(deck), deck, rehearse: wantsRehearsal() };
  return onClose === undefined ? { ...common, inWindow: false } : { ...common, inWindow: true, onClose };
}

const TICK_MS = 250;
const media = (query: string) => window.matchMedia(query).matches;

/** The speaker view: the script, the slides, the time and the rehearsal, kept in step with the deck. */
export class SpeakerView {
  readonly element = document.createElement('div');
  private readonly script = new ScriptView();
  private readonly basePlan: Plan = this.script.plan();
  private readonly time = new TimePanel();
  private readonly rehearsalPanel: RehearsalPanel;
  private readonly resetDialog = new ResetDialog(() => {
    this.talk.reset();
  });
  private readonly now: SlidePreview;
  private readonly next: SlidePreview;
  private settings: Settings;
  private readonly talk: Talk;
  private readonly prompter: Prompter;
  private deck: DeckState | null = null;
  private readonly clock = new ClockTeller();
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly onKey = (event: KeyboardEvent) => {
    this.key(event);
  };

  constructor(private readonly options: ViewOptions) {
    adoptSpeakerStyles();
    const { storage } = options;
    this.settings = readSettings(storage, media('(prefers-color-scheme: dark)'));
    if (options.rehearse) this.settings = { ...this.settings, rehearse: true };
    this.talk = new Talk(storage, () => {
      this.render();
    });
    this.prompter = new Prompter(
      this.script,
      storage,
      () => this.pace(),
      () => media('(prefers-reduced-motion: reduce)'),
      options.link,
    );
    this.time.element.lastChild?.before(this.prompter.indicator, this.prompter.voice.element);
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
    this.now = new SlidePreview(sections, 'Current slide');
    this.next = new SlidePreview(sections, 'Next slide');
    this.rehearsalPanel = rehearsalPanel(
      () => this.table(),
      options.deck,
      (on) => {
        this.configure({ rehearsedPlan: on ? recordedSeconds(this.table(this.basePlan)) : null });
      },
    );
    this.element.className = 'speaker';
    this.element.classList.toggle('speaker-in-window', options.inWindow);
    // A control clicked with the pointer lets go of the focus, so that Space is the next slide again; one reached
    // with Tab keeps it, and Space presses it.
    this.element.addEventListener('click', (event) => {
      const control = event.target instanceof Element ? event.target.closest<HTMLElement>(CONTROLS) : null;
      if (event.detail > 0) control?.blur();
    });
    this.element.append(
      this.time.element,
      this.script.element,
      sidePanel({
        now: options.inWindow ? undefined : this.now.element,
        next: this.next.element,
        rehearsal: this.rehearsalPanel.element,
        advance: () => {
          options.link.send({ go: 'next' });
        },
        voice: this.prompter.voiceSwitch,
      }),
      keyLine(),
      this.resetDialog.element,
    );
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
    this.prompter.relayout();
  }

  close(): void {
    clearInterval(this.timer);
    this.prompter.close();
    window.removeEventListener('keydown', this.onKey, true);
    this.options.link.close();
    this.element.remove();
  }

  private plan(): Plan {
    const rehearsed = this.settings.rehearsedPlan;
    return rehearsed === null ? this.basePlan : withRehearsedTimes(this.basePlan, rehearsed);
  }

  private pace() {
    const index = this.deck?.index ?? -1;
    return { elapsed: slideSeconds(this.talk.state, index, Date.now()), seconds: this.plan()[index]?.seconds ?? 0 };
  }

  /** The rehearsal so far; the slide on screen, once talk time counts, is still running. */
  private table(plan = this.plan()) {
    const { state } = this.talk;
    return rehearsal(plan, (id) => this.talk.secondsOn(id), state.startedAt === null ? undefined : state.visit?.id);
  }

  private configure(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    this.options.storage.write('settings', this.settings);
    applySettings(this.element, this.settings);
    this.rehearsalPanel.element.hidden = !this.settings.rehearse;
    this.script.showPlan(this.plan());
    this.prompter.relayout();
    this.render();
  }

  private follow(state: DeckState): void {
    this.deck = state;
    this.talk.follow(state.index, this.basePlan[state.index]?.id ?? String(state.index), state.blanked);
    this.script.show(state.index);
    this.prompter.show(state.index);
    this.now.show(state.index, `Current slide, ${slideLabel(this.basePlan, state.index)}`);
    this.next.show(state.index + 1, `Next slide, ${slideLabel(this.basePlan, state.index + 1)}`);
    this.render();
  }

  private key(event: KeyboardEvent): void {
    if (this.resetDialog.isOpen()) return;
    // Space on a focused control presses it, as everywhere else; the view's other keys stay the view's.
    if (event.key === ' ' && event.target instanceof Element && event.target.closest(CONTROLS) !== null) return;
    const action = actionFor(event, !this.options.inWindow);
    if (action === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    this.act(action);
  }

  private act(action: Action): void {
    const { link } = this.options;
    if (this.prompter.act(action)) return;
    const setting = settingFor(action, this.settings, this.script.textSize());
    if (setting !== undefined) {
      this.configure(setting);
      return;
    }
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
        this.talk.toggleHold();
        return;
      case 'reset':
        this.resetDialog.open();
        return;
      case 'close':
        this.options.onClose?.();
        return;
      default:
        return;
    }
  }

  private render(): void {
    const { link } = this.options;
    const moment = this.talk.moment(this.deck, this.plan());
    this.time.update(timeFigures({ ...moment, connected: link.connected() }));
    // The talk's one clock, for the hall's pages too.
    this.clock.tell(moment, link);
    this.prompter.draw();
    if (this.settings.rehearse) {
      this.rehearsalPanel.update(this.table(), this.deck?.index ?? -1, this.settings.rehearsedPlan !== null);
    }
  }
}
