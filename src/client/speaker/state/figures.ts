import { isPaused, isStarted, spentOn, talkMs, type TalkState } from './clock.ts';
import type { DeckLink } from '../channel/deck-link.ts';
import type { DeckState } from '../channel/messages.ts';
import type { SpeakerClock } from '../../present/deck-clock.ts';
import {
  describeSchedule,
  formatDuration,
  plannedLength,
  plannedWordsPerMinute,
  secondsBehind,
  slideSecondsLeft,
  talkSecondsLeft,
  wordsPerMinute,
  type Plan,
  type Tone,
} from './pacing.ts';

const clockFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

export interface Moment {
  readonly talk: TalkState;
  readonly deck: DeckState | null;
  readonly plan: Plan;
  readonly held: boolean;
  readonly connected: boolean;
  readonly now: number;
}

function talkNote({ talk, deck, held }: Moment): string {
  if (!isStarted(talk)) return 'starts on the first advance, or P';
  if (deck?.blanked === true) {
    return deck.blankScreen === 'white' ? 'paused: white screen (W)' : 'paused: black screen (B)';
  }
  if (held || isPaused(talk)) return 'paused (P resumes)';
  return '';
}

/** What the time panel shows, worked out by the view from the talk and the plan. */
export interface TimeFigures {
  readonly clock: string;
  readonly talk: string;
  /** "paused", "blank screen", "starts on the first advance" ... or empty while the talk runs. */
  readonly talkNote: string;
  readonly paused: boolean;
  readonly left: string;
  readonly length: string;
  readonly schedule: { readonly text: string; readonly tone: Tone };
  readonly slideLeft: string;
  readonly slideOver: boolean;
  readonly pace: string;
  readonly plannedPace: number;
  /** 0 to 1: how far through the planned talk. */
  readonly progress: number;
  readonly position: string;
  readonly connection: string;
}

/** Everything the time panel shows, from the talk, the deck and the plan at one moment. */
export function timeFigures(moment: Moment): TimeFigures {
  const { talk, deck, plan, now } = moment;
  const talkSeconds = Math.floor(talkMs(talk, now) / 1000);
  const index = deck?.index ?? talk.visit?.index ?? 0;
  const since = talk.visit?.index === index ? Math.floor(talk.visit.since / 1000) : talkSeconds;
  const position = { origin: talk.origin, index, since, talk: talkSeconds };
  const length = plannedLength(plan, talk.origin);
  const slideLeft = slideSecondsLeft(plan, position);
  const pace = wordsPerMinute(plan, (id) => spentOn(talk, id, now) / 1000, talk.visit?.id);
  const total = deck?.total ?? plan.length;
  return {
    clock: clockFormat.format(new Date(now)),
    talk: formatDuration(talkSeconds),
    talkNote: talkNote(moment),
    paused: isStarted(talk) && (isPaused(talk) || moment.held),
    left: formatDuration(talkSecondsLeft(plan, position)),
    length: formatDuration(length),
    schedule: isStarted(talk) ? describeSchedule(secondsBehind(plan, position)) : { text: 'on time', tone: 'on-time' },
    slideLeft: formatDuration(Math.abs(slideLeft)),
    slideOver: slideLeft < 0,
    pace: pace === undefined ? '—' : String(pace),
    plannedPace: plannedWordsPerMinute(plan),
    progress: length > 0 ? talkSeconds / length : 0,
    position: `Slide ${index + 1} of ${total}`,
    connection: moment.connected ? (deck?.notice ?? '') : 'Not connected to the deck: press S in the deck window',
  };
}

/** Talk seconds spent on slide `index` in the visit under way: what paces the script. */
export function slideSeconds(talk: TalkState, index: number, now: number): number {
  const { visit } = talk;
  if (visit?.index !== index) return 0;
  return Math.max(0, talkMs(talk, now) - visit.since) / 1000;
}

/** The view's clock as the deck reports it to the hall: talk time, why it stands still, this slide's time left. */
export function speakerClock({ talk, deck, plan, held, now }: Omit<Moment, 'connected'>): SpeakerClock {
  const ms = Math.round(talkMs(talk, now));
  const index = deck?.index ?? talk.visit?.index ?? 0;
  const onSlide = talk.visit?.index === index ? ms - talk.visit.since : 0;
  let state: SpeakerClock['state'] = 'running';
  if (!isStarted(talk)) state = 'unstarted';
  else if (deck?.blanked === true) state = 'blank';
  else if (held || isPaused(talk)) state = 'held';
  return { talkMs: ms, state, slideLeftMs: Math.round((plan[index]?.seconds ?? 0) * 1000 - onSlide), index };
}

/** The view tells the deck its clock every second, and at once when it stops, starts or moves on. */
export class ClockTeller {
  private told: { readonly clock: SpeakerClock; readonly at: number } | undefined;

  tell(moment: Omit<Moment, 'connected'>, link: Pick<DeckLink, 'send'>): void {
    if (moment.deck === null) return;
    const clock = speakerClock(moment);
    const { told } = this;
    const due =
      told === undefined ||
      moment.now - told.at >= 1000 ||
      told.clock.state !== clock.state ||
      told.clock.index !== clock.index;
    if (!due) return;
    link.send({ clock });
    this.told = { clock, at: moment.now };
  }
}
