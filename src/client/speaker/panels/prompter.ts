import type { Action } from '../keys.ts';
import { easeOut, pacedScrollTop, progress, wordDue } from '../state/paced-scroll.ts';
import type { PassageLayout, SlidePace } from '../state/paced-scroll.ts';
import * as stored from '../state/prompter-settings.ts';
import type { DeckStorage } from '../state/storage.ts';
import type { DeckLink } from '../channel/link.ts';
import { PassageWords } from './passage-words.ts';
import { VoiceHold } from '../voice/voice-hold.ts';
import type { ScriptView } from './script-view.ts';

const DUE_HIGHLIGHT = 'speaker-due'; // marks the word the plan expects now: ::highlight(speaker-due) in the CSS
const EASE_MS = 400; // the glide to a new slide's passage
const VOICE_EASE = 0.2; // the share of the way to the spoken word's place the script moves each frame

/**
 * The teleprompter: while talk time runs, the script moves at the passage's pace, the words due now at eye level; a
 * slide change re-anchors it; pause, blank and the passage's end stop it. The speaker nudges it by lines, sets its
 * speed, turns it off or mirrors it. Its position is a function of talk time, so a moment always shows one place.
 */
export class Prompter {
  /** A line of what the prompter does now: its speed, or that it is off; shown with the time. */
  readonly indicator = document.createElement('p');
  private settings: stored.PrompterSettings;
  private readonly words: PassageWords;
  private readonly highlight = typeof Highlight === 'function' ? new Highlight() : undefined;
  private index = -1;
  private layout: PassageLayout | null = null;
  private anchor = 0;
  /** Lines the speaker moved the script on (positive) or back since the slide began. */
  private nudge = 0;
  private glide: { readonly from: number; readonly since: number } | null = null;
  private frame = 0;
  private lastElapsed = Number.NaN;
  private due: Range | undefined; // the word marked
  /** Voice mode, and the word it holds the script at. */
  readonly voice: VoiceHold;

  constructor(
    private readonly script: ScriptView,
    private readonly storage: DeckStorage,
    private readonly pace: () => SlidePace,
    private readonly reducedMotion: () => boolean,
    /** Told the paragraph of the word due whenever it changes: the hall's audience follows it. */
    private readonly deck?: Pick<DeckLink, 'send'>,
  ) {
    this.settings = stored.loadPrompterSettings(storage);
    this.words = new PassageWords(script.passages);
    this.voice = new VoiceHold(script.element, script.passages, this.words, () => {
      this.draw();
    });
    if (this.settings.voice) void this.voice.mode.start();
    this.indicator.className = 'speaker-prompter';
    if (this.highlight) CSS.highlights.set(DUE_HIGHLIGHT, this.highlight);
    const element = this.script.element;
    // The text reflows when the font arrives, the text size changes or the window is resized: keep the place.
    const reflow = new ResizeObserver(() => {
      this.relayout();
    });
    reflow.observe(element);
    reflow.observe(this.script.text);
    element.addEventListener('wheel', this.onWheel, { passive: false });
    this.apply();
  }

  /** The deck is on slide `index`: the script moves to its passage, from its start. */
  show(index: number): void {
    if (index === this.index) return;
    const jump = this.index === -1 || Math.abs(index - this.index) > 1;
    const instant = jump || this.reducedMotion();
    this.index = index;
    this.nudge = 0;
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
        // From here on at the new speed: the script does not jump to where the new speed would have put it.
        const before = this.target();
        this.change({ speed: stored.changeSpeed(this.settings.speed, action === 'faster' ? 1 : -1) });
        if (before !== undefined) this.nudge += (before - (this.target() ?? before)) / this.lineHeight();
        this.draw();
        return true;
      }
      case 'paced':
        this.nudge = 0;
        this.glide = this.reducedMotion() ? null : { from: this.script.element.scrollTop, since: Date.now() };
        this.change({ paced: !this.settings.paced });
        this.draw();
        return true;
      case 'mirror':
        this.change({ mirror: !this.settings.mirror });
        return true;
      case 'voice':
        this.change({ voice: !this.settings.voice });
        if (this.settings.voice) void this.voice.mode.start();
        else this.voice.mode.stop();
        this.draw();
        return true;
      default:
        return false;
    }
  }

  close(): void {
    cancelAnimationFrame(this.frame);
    this.voice.mode.stop();
    if (this.highlight) CSS.highlights.delete(DUE_HIGHLIGHT);
  }

  private readonly onWheel = (event: WheelEvent) => {
    if (!this.settings.paced || event.ctrlKey) return;
    event.preventDefault();
    const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * this.lineHeight() : event.deltaY;
    this.moveBy(pixels / this.lineHeight());
  };

  private moveBy(lines: number): void {
    if (this.voice.nudge(this.index, lines, this.layout)) this.draw();
    else if (this.settings.paced) {
      this.nudge += lines;
      this.draw();
    } else this.script.element.scrollBy({ top: lines * this.lineHeight(), behavior: 'instant' });
  }

  private change(change: Partial<stored.PrompterSettings>): void {
    this.settings = { ...this.settings, ...change };
    stored.savePrompterSettings(this.storage, this.settings);
    this.apply();
  }

  private apply(): void {
    const { paced, speed, mirror } = this.settings;
    this.script.element.classList.toggle('is-mirrored', mirror);
    this.script.element.classList.toggle('is-paced', paced);
    this.indicator.textContent = paced ? `Scrolling at ${speed.toFixed(1)}× the plan's pace` : 'Scrolling off (A)';
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
    const voice = this.voice.target(this.index, this.script.element);
    if (voice !== undefined) return voice;
    const { elapsed, seconds } = this.pace();
    const fraction = progress(elapsed, seconds, this.settings.speed);
    return pacedScrollTop(this.anchor, this.layout, fraction, this.nudge * this.lineHeight());
  }

  /** Talk time moved on: draw, and keep drawing on animation frames while it runs. */
  draw(): void {
    this.markDue();
    if (!(this.settings.paced || this.voice.word() !== undefined) || this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.step();
    });
  }

  private step(): void {
    let top = this.target();
    const voice = this.voice.word() !== undefined;
    if (top === undefined || !(this.settings.paced || voice)) return;
    const element = this.script.element;
    if (this.glide !== null) {
      const t = (Date.now() - this.glide.since) / EASE_MS;
      if (t >= 1) this.glide = null;
      else top = this.glide.from + (top - this.glide.from) * easeOut(t);
    } else if (voice && Math.abs(top - element.scrollTop) >= 1) {
      top = element.scrollTop + (top - element.scrollTop) * VOICE_EASE;
      this.lastElapsed = Number.NaN; // keep drawing until it is there
    }
    if (Math.abs(element.scrollTop - top) >= 0.5) element.scrollTop = top;
    const { elapsed } = this.pace();
    const moving = this.glide !== null || elapsed !== this.lastElapsed;
    this.lastElapsed = elapsed;
    // Still, the frames stop; the view's tick starts them again when talk time moves.
    if (moving) this.draw();
  }

  /** The quiet mark at the word the plan (not the chosen speed) expects now. */
  private markDue(): void {
    if (this.highlight === undefined) return;
    const words = this.words.words(this.index);
    const { elapsed, seconds } = this.pace();
    const held = this.voice.followed() === undefined ? undefined : this.voice.range(this.index);
    const due = held ?? words[wordDue(progress(elapsed, seconds), words.length)];
    if (due === this.due) return;
    this.due = due;
    this.highlight.clear();
    if (due === undefined) return;
    this.highlight.add(due);
    const paced = this.words.place(this.index, due);
    if (paced) this.deck?.send({ paced });
  }
}
