import type { Action } from '../keys.ts';
import { easeOut, PacedPlace, readingY, type PassageLayout, type SlidePace } from '../state/paced-scroll.ts';
import * as stored from '../state/prompter-settings.ts';
import type { DeckStorage } from '../state/storage.ts';
import type { DeckLink } from '../channel/deck-link.ts';
import { DueMark } from './due-mark.ts';
import { watchScript } from './script-input.ts';
import { PassageWords } from './passage-words.ts';
import { VoiceHold } from '../voice/voice-hold.ts';
import type { ScriptView } from './script-view.ts';

const EASE_MS = 400; // the glide to a new slide's passage
// While voice mode paces the script (lost, or the microphone still asked for), it runs at most this many lines past
// the place last confirmed: a speaker who stopped is not left behind.
const CONFIRMED_LEAD_LINES = 2;

/**
 * The teleprompter: while talk time runs, the script moves at the passage's pace, the words due now at eye level; a
 * slide change re-anchors it; pause, blank and the passage's end stop it. The speaker nudges it by lines, sets its
 * speed, turns it off or mirrors it. Its position is a function of talk time, so a moment always shows one place.
 */
export class Prompter {
  /** A line of what the prompter does now: its speed, or that it is off; shown with the time. */
  readonly indicator = document.createElement('p');
  /** Voice mode's switch: what V does, for a pointer or a keyboard's Tab and Enter. */
  readonly voiceSwitch = document.createElement('button');
  private settings: stored.PrompterSettings;
  private readonly words: PassageWords;
  private index = -1;
  private layout: PassageLayout | null = null;
  private anchor = 0;
  /** Where pacing stands in the passage: from the place the speaker last confirmed, at the measured pace. */
  private readonly place = new PacedPlace();
  private readonly mark: DueMark;
  private glide: { readonly from: number; readonly since: number } | null = null;
  private frame = 0;
  private lastElapsed = Number.NaN;
  private held = false;
  /** Where voice mode last held the script, while it does: pacing goes on from there when the voice is lost. */
  private voiceTop: number | undefined;
  /** Voice mode, and the word it holds the script at. */
  readonly voice: VoiceHold;

  constructor(
    private readonly script: ScriptView,
    private readonly storage: DeckStorage,
    private readonly pace: () => SlidePace,
    private readonly reducedMotion: () => boolean,
    /** Told the paragraph of the word due whenever it changes: the hall's audience follows it. */
    deck?: Pick<DeckLink, 'send'>,
  ) {
    this.settings = stored.loadPrompterSettings(storage);
    this.words = new PassageWords(script.passages);
    this.mark = new DueMark(this.words, deck);
    this.voice = new VoiceHold(script.element, this.words, this.draw.bind(this));
    if (this.settings.voice) void this.voice.start();
    this.indicator.className = 'speaker-prompter';
    this.voiceSwitch.type = 'button';
    this.voiceSwitch.className = 'speaker-voice-switch';
    // The label says what it does and stays; aria-pressed (and its look) says whether it is on.
    this.voiceSwitch.textContent = 'Follow my voice (V)';
    this.voiceSwitch.addEventListener('click', () => {
      this.act('voice');
    });
    const on = {
      reflow: this.relayout.bind(this),
      wheel: this.moveBy.bind(this),
      scrolling: () => this.settings.paced,
    };
    watchScript(script, on, () => this.lineHeight());
    this.apply();
  }

  /** The deck is on slide `index`: the script moves to its passage, from its start. */
  show(index: number): void {
    if (index === this.index) return;
    const jump = this.index === -1 || Math.abs(index - this.index) > 1;
    const instant = jump || this.reducedMotion();
    this.place.slide(index === this.index + 1);
    this.index = index;
    this.measure();
    this.voice.anchor(index);
    if (this.settings.paced) {
      this.glide = instant ? null : { from: this.script.element.scrollTop, since: Date.now() };
      this.draw();
    } else this.script.scrollToCurrent(instant ? 'instant' : 'smooth');
  }

  /** Measures again and puts the script back in its place, after a reflow. */
  relayout(): void {
    this.measure();
    if (this.settings.paced) this.draw();
    else this.script.scrollToCurrent();
  }

  /** Does the prompter's part of `action`; false when the action is not the prompter's. */
  act(action: Action): boolean {
    switch (action) {
      case 'line-back':
      case 'line-on':
        this.moveBy(action === 'line-on' ? 1 : -1);
        return true;
      case 'faster':
      case 'slower': {
        if (this.voice.word() === undefined) this.moveBy(0); // from here on at the new speed, without a jump
        this.change({ speed: stored.changeSpeed(this.settings.speed, action === 'faster' ? 1 : -1) });
        this.draw();
        return true;
      }
      case 'hold':
        this.held = this.place.toggleHold(this.pace(), this.settings.speed);
        this.apply();
        this.draw();
        return true;
      case 'paced':
        this.glide = this.reducedMotion() ? null : { from: this.script.element.scrollTop, since: Date.now() };
        this.change({ paced: !this.settings.paced });
        this.draw();
        return true;
      case 'mirror':
        this.change({ mirror: !this.settings.mirror });
        return true;
      case 'voice':
        this.change({ voice: !this.settings.voice });
        if (this.settings.voice) void this.voice.start();
        else this.voice.stop();
        this.draw();
        return true;
      default:
        return false;
    }
  }

  close(): void {
    cancelAnimationFrame(this.frame);
    this.voice.stop();
    this.mark.close();
  }

  private moveBy(lines: number): void {
    if (this.voice.nudge(this.index, lines, this.layout)) this.draw();
    else if (this.settings.paced && this.layout !== null) {
      // Pacing goes on from where the speaker puts the line: from the place as computed, which may not be drawn yet.
      const here = this.pacedTop(this.layout);
      const y = here - this.anchor + readingY(this.layout, 0) + lines * this.lineHeight();
      this.place.confirm(this.layout, y, this.pace().elapsed);
      this.voice.confirm(this.index, here, lines, this.layout, this.script.element);
      this.draw();
    } else this.script.element.scrollBy({ top: lines * this.lineHeight(), behavior: 'instant' });
  }

  private change(change: Partial<stored.PrompterSettings>): void {
    this.settings = { ...this.settings, ...change };
    stored.savePrompterSettings(this.storage, this.settings);
    this.apply();
  }

  private apply(): void {
    const { paced, speed, mirror, voice } = this.settings;
    this.voiceSwitch.setAttribute('aria-pressed', String(voice));
    this.script.element.classList.toggle('is-mirrored', mirror);
    this.script.element.classList.toggle('is-paced', paced);
    const measured = this.place.pace() === 1 ? '' : `, ${this.place.pace().toFixed(1)}× as measured`;
    const pace = `${speed.toFixed(1)}× the plan's pace${measured}${this.held ? ', held (H)' : ''}`;
    this.indicator.textContent = paced ? `Scrolling at ${pace}` : 'Scrolling off (A)';
  }

  private measure(): void {
    if (this.index < 0) return;
    this.layout = this.words.layout(this.index, this.script.element);
    this.anchor = this.script.anchorFor(this.index);
  }

  private lineHeight(): number {
    const [first, second] = this.layout?.lines ?? [];
    return first && second ? second.top - first.top : this.script.textSize() * 1.5;
  }

  /** Where paced scrolling (or voice mode) puts the script now, before any glide; undefined before the first slide. */
  private target(): number | undefined {
    if (this.layout === null) return undefined;
    const element = this.script.element;
    const voice = this.voice.target(this.index, element);
    if (voice !== undefined) return (this.voiceTop = voice);
    const confirmed = this.voice.confirmedTarget(this.index, element);
    if (this.voiceTop !== undefined && confirmed !== undefined) {
      // The voice is lost: pacing goes on from the word it last held, not from where the plan had got to.
      this.place.confirm(this.layout, this.voiceTop - this.anchor + readingY(this.layout, 0), this.pace().elapsed);
    }
    this.voiceTop = undefined;
    return this.pacedTop(this.layout);
  }

  /** Where pacing puts the script: while voice mode paces, no further than a little past the place last confirmed. */
  private pacedTop(layout: PassageLayout): number {
    const paced = this.place.top(this.anchor, layout, this.pace(), this.settings.speed);
    const confirmed = this.voice.confirmedTarget(this.index, this.script.element);
    return confirmed === undefined ? paced : Math.min(paced, confirmed + CONFIRMED_LEAD_LINES * this.lineHeight());
  }

  /** Talk time moved on: draw, and keep drawing on animation frames while it runs. */
  draw(): void {
    this.mark.mark(this.index, this.voice.followedRange(this.index), this.pace());
    if (!(this.settings.paced || this.voice.word() !== undefined) || this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.step();
    });
  }

  private step(): void {
    const target = this.target();
    const voice = this.voice.word() !== undefined;
    if (target === undefined || !(this.settings.paced || voice)) return;
    const element = this.script.element;
    let top = voice ? this.voice.approach(target, element.scrollTop) : target;
    if (this.glide !== null) {
      const t = (Date.now() - this.glide.since) / EASE_MS;
      if (t >= 1) this.glide = null;
      else top = this.glide.from + (target - this.glide.from) * easeOut(t);
    }
    if (Math.abs(element.scrollTop - top) >= 0.5) element.scrollTop = top;
    const { elapsed } = this.pace();
    const moving = this.glide !== null || elapsed !== this.lastElapsed || top !== target;
    this.lastElapsed = elapsed;
    // Still, the frames stop; the view's tick starts them again when talk time moves.
    if (moving) this.draw();
  }
}
