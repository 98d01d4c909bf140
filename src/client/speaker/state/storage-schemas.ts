import * as v from 'valibot';
import { idRecord, type IdRecord } from './id-record.ts';

/**
 * What the speaker view keeps in storage, as schemas: a value read back is parsed before it is used, and one of the
 * wrong type or out of range (negative, not finite, a start in the future or long past) is dropped (see storage.ts).
 */

/** The longest a talk, or a slide of it, can plausibly run: beyond that a stored time is a mistake, not a talk. */
const MAX_TALK_MS = 12 * 60 * 60 * 1000;
/** Clocks of two windows of one machine agree; a little slack for a stored time a moment ahead. */
const CLOCK_SLACK_MS = 60 * 1000;
const MAX_SLIDES = 10_000;

const slideIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SLIDES));
const slideId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const duration = (max: number) => v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(max));

/** A JSON object, not an array (which valibot's `object` would also take). */
const jsonObject = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  'a JSON object',
);

/** A JSON object keyed by slide id, read into a record without a prototype (valibot's `record` skips such keys). */
function idRecordOf<T>(value: v.GenericSchema<unknown, T>) {
  return v.pipe(
    jsonObject,
    v.transform((input) => Object.entries(input)),
    v.array(v.tuple([slideId, value])),
    v.maxLength(MAX_SLIDES),
    v.transform((entries): IdRecord<T> => idRecord(entries)),
  );
}

/** The talk's state (clock.ts), plausible at `now`: it started in the past, and no figure of it runs for days. */
export function storedTalk(now: number) {
  const moment = v.pipe(v.number(), v.finite(), v.minValue(now - MAX_TALK_MS * 60), v.maxValue(now + CLOCK_SLACK_MS));
  return v.pipe(
    v.object({
      startedAt: v.nullable(moment),
      pausedAt: v.nullable(moment),
      pausedMs: duration(MAX_TALK_MS * 60),
      origin: slideIndex,
      spent: idRecordOf(duration(MAX_TALK_MS)),
      visit: v.nullable(v.object({ index: slideIndex, id: slideId, since: duration(MAX_TALK_MS) })),
    }),
    v.check(({ startedAt, pausedAt, pausedMs }) => {
      if (startedAt === null) return pausedAt === null && pausedMs === 0;
      const until = pausedAt ?? now;
      const talk = until - startedAt - pausedMs;
      return until >= startedAt && talk >= 0 && talk <= MAX_TALK_MS;
    }, 'a talk that started before it paused, and has run for less than a day'),
  );
}

export const storedHeld = v.boolean();

/** The script's text sizes the view offers (settings.ts). */
export const TEXT_SIZES = { min: 20, max: 72 } as const;

/** The speaker's settings; a field missing (stored before it existed) takes its default. */
export const storedSettings = v.pipe(
  jsonObject,
  v.object({
    textSize: v.optional(
      v.nullable(v.pipe(v.number(), v.finite(), v.minValue(TEXT_SIZES.min), v.maxValue(TEXT_SIZES.max))),
    ),
    scheme: v.optional(v.picklist(['light', 'dark'])),
    rehearse: v.optional(v.boolean()),
    rehearsedPlan: v.optional(v.nullable(idRecordOf(duration(MAX_TALK_MS / 1000)))),
  }),
);
