import { entryOf, idRecord, withEntry, type IdRecord } from './id-record.ts';

/**
 * Talk time as data: when the talk started, the spans it stood paused, and where each slide's time went. Pure
 * functions of a state and the time now (epoch milliseconds), so that a reload loses nothing: the state is saved as
 * it is and the running clock is recomputed from it.
 */
export interface TalkState {
  /** When the talk started; null until the first advance or the start key. */
  readonly startedAt: number | null;
  /** When the current pause began; null while the clock runs. */
  readonly pausedAt: number | null;
  /** Milliseconds paused before the current pause. */
  readonly pausedMs: number;
  /** The slide the talk started on: the plan is counted from there. */
  readonly origin: number;
  /** Talk milliseconds spent on each slide, by id, in visits already ended. */
  readonly spent: IdRecord<number>;
  /** The slide on screen and the talk milliseconds at which it came up. */
  readonly visit: { readonly index: number; readonly id: string; readonly since: number } | null;
}

export const NEW_TALK: TalkState = {
  startedAt: null,
  pausedAt: null,
  pausedMs: 0,
  origin: 0,
  spent: idRecord(),
  visit: null,
};

export function isStarted(state: TalkState): boolean {
  return state.startedAt !== null;
}

export function isPaused(state: TalkState): boolean {
  return state.pausedAt !== null;
}

/** Milliseconds of talk so far: the time since the start, less every pause. */
export function talkMs(state: TalkState, now: number): number {
  if (state.startedAt === null) return 0;
  return Math.max(0, (state.pausedAt ?? now) - state.startedAt - state.pausedMs);
}

export function start(state: TalkState, now: number): TalkState {
  if (state.startedAt !== null) return state;
  const visit = state.visit && { ...state.visit, since: 0 };
  return { ...NEW_TALK, startedAt: now, origin: state.visit?.index ?? 0, visit };
}

export function pause(state: TalkState, now: number): TalkState {
  return state.startedAt === null || state.pausedAt !== null ? state : { ...state, pausedAt: now };
}

export function resume(state: TalkState, now: number): TalkState {
  if (state.pausedAt === null) return state;
  return { ...state, pausedAt: null, pausedMs: state.pausedMs + (now - state.pausedAt) };
}

/** The deck is on slide `index`: the talk starts on the first move, and the slide left is charged its time. */
export function arrive(state: TalkState, now: number, index: number, id: string): TalkState {
  const { visit } = state;
  if (visit?.index === index) return state;
  if (state.startedAt === null) {
    const moved = visit !== null;
    const here = { ...state, visit: { index, id, since: 0 } };
    return moved ? start(here, now) : here;
  }
  const at = talkMs(state, now);
  const spent = visit === null ? state.spent : withEntry(state.spent, visit.id, spentOn(state, visit.id, now));
  // Back before the slide the talk started on: the plan counts from there now, never from a slide ahead.
  return { ...state, origin: Math.min(state.origin, index), spent, visit: { index, id, since: at } };
}

/** Talk milliseconds spent on a slide, the visit under way included. */
export function spentOn(state: TalkState, id: string, now: number): number {
  const running = state.visit?.id === id ? talkMs(state, now) - state.visit.since : 0;
  return (entryOf(state.spent, id) ?? 0) + running;
}

/** Talk time back to zero, on the slide the deck is on. */
export function reset(state: TalkState): TalkState {
  return { ...NEW_TALK, visit: state.visit && { ...state.visit, since: 0 } };
}
