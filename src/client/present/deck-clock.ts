import type { RevealApi } from 'reveal.js';
import * as v from 'valibot';
import { CLOCK_STATES, clockAfter, type Clock } from '../../protocol/live.ts';
import {
  arrive,
  isPaused,
  isStarted,
  NEW_TALK,
  pause,
  resume,
  talkMs,
  type TalkState,
} from '../speaker/state/clock.ts';
import { storedTalk } from '../speaker/state/storage-schemas.ts';
import { pageModel } from '../page-model.ts';

/**
 * The event on the deck's window by which the speaker view tells its talk time (see {@link SpeakerClockSchema}):
 * the deck, presented from the hall's server, reports it to every page.
 */
export const CLOCK_EVENT = 'speech-deck:clock';

const MAX_MS = 86_400_000;

/** The speaker view's clock as it reaches the deck: its figures now, and the slide they are for. */
export const SpeakerClockSchema = v.strictObject({
  talkMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MS)),
  state: v.picklist(CLOCK_STATES),
  slideLeftMs: v.pipe(v.number(), v.integer(), v.minValue(-MAX_MS), v.maxValue(MAX_MS)),
  index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
});
export type SpeakerClock = v.InferOutput<typeof SpeakerClockSchema>;

/** Where the deck keeps its own clock for this tab, so that a reload of the deck loses no talk time. */
const KEY = 'speech-deck:deck-clock';

/** The deck's own clock as this tab kept it, parsed; a new one where there is none or it is not plausible. */
function keptClock(): TalkState {
  try {
    const kept = v.safeParse(storedTalk(Date.now()), JSON.parse(sessionStorage.getItem(KEY) ?? 'null'));
    return kept.success ? kept.output : NEW_TALK;
  } catch {
    return NEW_TALK;
  }
}

/** The speaker view tells its clock every second: silent longer than this, it has gone, and the deck's own counts. */
const SPEAKER_SILENCE_MS = 3500;
/** A clock that strays this far from what the pages work out from the last report is reported again. */
const DRIFT_MS = 1000;

/** Seconds the plan gives a slide, as the page model has it. */
function plannedSeconds(slide: HTMLElement | undefined): number {
  return pageModel().slides.find((each) => each.id === slide?.id)?.seconds ?? 0;
}

/**
 * The talk's one clock, as the deck reports it: the speaker view's while one is open and telling it, else the
 * deck's own, which starts on the first advance and stands still while the screen is blank (clock.ts, as the
 * speaker view's). The deck's own clock follows the speaker view's figures, so closing the view costs no jump.
 * `changed` is called when the pages' figure, worked out from the last report, would stray.
 */
export class DeckClock {
  private ownState: TalkState = keptClock();
  private speaker: { readonly clock: SpeakerClock; readonly at: number } | undefined;
  private reported: { readonly clock: Clock; readonly at: number } | undefined;

  constructor(
    private readonly deck: RevealApi,
    private readonly changed: () => void,
  ) {
    const follow = () => {
      this.follow();
    };
    for (const event of ['ready', 'slidechanged', 'paused', 'resumed']) deck.on(event, follow);
    // Made when the speaker's tools arrive, usually after the deck is ready: the slide on screen is the first visit.
    if (deck.isReady()) follow();
    window.addEventListener(CLOCK_EVENT, (event) => {
      const told = v.safeParse(SpeakerClockSchema, event instanceof CustomEvent ? event.detail : undefined);
      if (told.success) this.hear(told.output);
    });
    window.setInterval(() => {
      this.checkDrift();
    }, 1000);
  }

  /** The clock to report now; remembered as the one the pages work from. */
  report(): Clock {
    const clock = this.now();
    this.reported = { clock, at: Date.now() };
    return clock;
  }

  private get own(): TalkState {
    return this.ownState;
  }

  private set own(state: TalkState) {
    if (state === this.ownState) return;
    this.ownState = state;
    try {
      sessionStorage.setItem(KEY, JSON.stringify(state));
    } catch {
      // Storage full or refused: the clock runs on in memory.
    }
  }

  private now(): Clock {
    const now = Date.now();
    const { speaker } = this;
    const index = this.deck.getIndices().h;
    if (speaker !== undefined && now - speaker.at < SPEAKER_SILENCE_MS) {
      const { talkMs: talk, state, slideLeftMs, index: toldIndex } = speaker.clock;
      const told = clockAfter({ talkMs: talk, state, slideLeftMs, from: 'speaker' }, now - speaker.at);
      // Told for the slide before a move that the view has not answered yet: this slide's time is all left.
      return toldIndex === index ? told : { ...told, slideLeftMs: this.plannedMs() };
    }
    const talk = Math.round(talkMs(this.own, now));
    const { visit } = this.own;
    const onSlide = visit?.index === index ? talk - visit.since : 0;
    return {
      talkMs: talk,
      state: clockState(this.own, this.deck.isPaused()),
      slideLeftMs: Math.max(-MAX_MS, this.plannedMs() - onSlide),
      from: 'deck',
    };
  }

  private plannedMs(): number {
    return Math.round(plannedSeconds(this.deck.getCurrentSlide()) * 1000);
  }

  private follow(): void {
    const now = Date.now();
    const current = this.deck.getCurrentSlide();
    let state = arrive(this.own, now, this.deck.getIndices().h, current.id);
    state = this.deck.isPaused() ? pause(state, now) : resume(state, now);
    this.own = state;
  }

  /** The view's figures become the deck's own, so that the deck's clock carries on from them if the view goes. */
  private hear(clock: SpeakerClock): void {
    const now = Date.now();
    this.speaker = { clock, at: now };
    const visit = this.own.visit;
    if (clock.state === 'unstarted') this.own = { ...NEW_TALK, visit: visit && { ...visit, since: 0 } };
    else {
      const onSlide = visit?.index === clock.index ? this.plannedMs() - clock.slideLeftMs : 0;
      this.own = {
        ...this.own,
        startedAt: now - clock.talkMs,
        pausedMs: 0,
        pausedAt: clock.state === 'running' ? null : now,
        visit: visit && { ...visit, since: Math.max(0, clock.talkMs - onSlide) },
      };
    }
    this.checkDrift();
  }

  /**
   * Reports again when the figure the pages work out from the last report would stray. A view that held the clock
   * (P) and has since gone leaves the deck's own clock to run again with the slide on screen.
   */
  private checkDrift(): void {
    const now = Date.now();
    if (this.speaker !== undefined && now - this.speaker.at >= SPEAKER_SILENCE_MS) {
      this.own = this.deck.isPaused() ? pause(this.own, now) : resume(this.own, now);
    }
    const { reported } = this;
    if (reported === undefined) return;
    const expected = clockAfter(reported.clock, now - reported.at);
    const clock = this.now();
    const strays =
      clock.state !== expected.state ||
      clock.from !== expected.from ||
      Math.abs(clock.talkMs - expected.talkMs) >= DRIFT_MS ||
      Math.abs(clock.slideLeftMs - expected.slideLeftMs) >= DRIFT_MS;
    if (strays) this.changed();
  }
}

function clockState(talk: TalkState, blank: boolean): Clock['state'] {
  if (!isStarted(talk)) return 'unstarted';
  if (blank) return 'blank';
  return isPaused(talk) ? 'held' : 'running';
}
