/** The plan of the talk and how the speaker stands against it: pure functions of seconds and words. */

/** One slide of the plan, as the page model carries it. */
export interface PlannedSlide {
  readonly id: string;
  readonly number: number;
  readonly headline: string;
  /** Seconds the plan gives the slide. */
  readonly seconds: number;
  /** Words spoken over the slide. */
  readonly words: number;
}

export type Plan = readonly PlannedSlide[];

/** Planned seconds before slide `index` begins. */
export function plannedStart(plan: Plan, index: number): number {
  return plan.slice(0, Math.max(0, index)).reduce((sum, slide) => sum + slide.seconds, 0);
}

function plannedTotal(plan: Plan): number {
  return plannedStart(plan, plan.length);
}

/**
 * The speaking rate the plan assumes, in words a minute: read from the plan itself, so that it is the rate the build
 * was given (`wordsPerMinute`, 130 by default) or, once rehearsed times are the plan, the speaker's own.
 */
export function plannedWordsPerMinute(plan: Plan): number {
  const seconds = plannedTotal(plan);
  const words = plan.reduce((sum, slide) => sum + slide.words, 0);
  return seconds > 0 ? Math.round((words * 60) / seconds) : 0;
}

/** Where the talk stands: which slide, since when, and how long it has run, in seconds of talk time. */
export interface Position {
  /** The slide the talk started on; the plan counts from there, so a talk may start part-way through. */
  readonly origin: number;
  readonly index: number;
  /** Talk seconds at which the current slide came up. */
  readonly since: number;
  readonly talk: number;
}

/**
 * Seconds behind the plan (negative: ahead). The plan's start of this slide against the actual one; once the
 * slide overruns its own time, the overrun counts as it grows.
 */
export function secondsBehind(plan: Plan, position: Position): number {
  const base = plannedStart(plan, position.origin);
  const plannedHere = plannedStart(plan, position.index) - base;
  const plannedNext = plannedStart(plan, position.index + 1) - base;
  return Math.max(position.since - plannedHere, position.talk - plannedNext);
}

/** Seconds left for the current slide; negative once it overruns. */
export function slideSecondsLeft(plan: Plan, position: Position): number {
  return (plan[position.index]?.seconds ?? 0) - (position.talk - position.since);
}

/** Seconds of the plan left from here, counted from where the talk started. */
export function talkSecondsLeft(plan: Plan, position: Position): number {
  return plannedTotal(plan) - plannedStart(plan, position.origin) - position.talk;
}

/** The planned length of the talk from the slide it started on. */
export function plannedLength(plan: Plan, origin: number): number {
  return plannedTotal(plan) - plannedStart(plan, origin);
}

/**
 * Words a minute actually spoken: the words of the slides already finished over the time spent on them. Undefined
 * until at least `minimumSeconds` of finished slides, so that one short slide does not show a wild figure.
 */
export function wordsPerMinute(
  plan: Plan,
  secondsOn: (id: string) => number,
  currentId: string | undefined,
  minimumSeconds = 10,
): number | undefined {
  let words = 0;
  let seconds = 0;
  for (const slide of plan) {
    const spent = secondsOn(slide.id);
    if (slide.id === currentId || spent <= 0) continue;
    words += slide.words;
    seconds += spent;
  }
  return seconds < minimumSeconds ? undefined : Math.round((words * 60) / seconds);
}

/** The plan with rehearsed seconds in place of the planned ones, for the slides that were rehearsed. */
export function withRehearsedTimes(plan: Plan, rehearsed: Readonly<Record<string, number>>): Plan {
  return plan.map((slide) => {
    const seconds = rehearsed[slide.id];
    return seconds === undefined ? slide : { ...slide, seconds };
  });
}

/** "4:05"; "-0:12" for time overrun; hours as "1:02:03". */
export function formatDuration(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '';
  const whole = Math.abs(Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${sign}${minutes}:${seconds}`;
}

/** "40 s", "1 min 5 s", "2 min". */
function formatSpan(totalSeconds: number): string {
  const whole = Math.abs(Math.round(totalSeconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

export type Tone = 'ahead' | 'on-time' | 'behind';

/** Ahead or behind in words, not in colour alone; within `tolerance` seconds counts as on time. */
export function describeSchedule(behind: number, tolerance = 2): { readonly text: string; readonly tone: Tone } {
  const rounded = Math.round(behind);
  if (Math.abs(rounded) <= tolerance) return { text: 'on time', tone: 'on-time' };
  return rounded > 0
    ? { text: `${formatSpan(rounded)} behind`, tone: 'behind' }
    : { text: `${formatSpan(rounded)} ahead`, tone: 'ahead' };
}
