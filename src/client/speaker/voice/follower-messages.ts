import * as v from 'valibot';

/**
 * The messages between the page and the follower's worker (follower-worker.ts), both ways: each side parses what it
 * receives against these before it acts, as everything that crosses a boundary is parsed.
 */

const Word = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The page to the worker. */
export const ToFollowerSchema = v.variant('kind', [
  /** The reference as stored (the worker parses it against its own schema) and the microphone's sample rate. */
  v.strictObject({
    kind: v.literal('start'),
    sampleRate: v.pipe(v.number(), v.minValue(8000), v.maxValue(384_000)),
    reference: v.unknown(),
  }),
  /** Start again at `word` of the passage [first, end): a slide change or a nudge. */
  v.strictObject({ kind: v.literal('anchor'), word: Word, first: Word, end: Word }),
  /** One block of the microphone's samples, its buffer transferred. */
  v.strictObject({ kind: v.literal('samples'), samples: v.instance(Float32Array) }),
]);
export type ToFollower = v.InferOutput<typeof ToFollowerSchema>;

/** The worker to the page. */
export const FromFollowerSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('ready') }),
  v.strictObject({ kind: v.literal('failed'), reason: v.pipe(v.string(), v.maxLength(500)) }),
  /** Where following stands after a block (the follower's `Following`). */
  v.strictObject({
    kind: v.literal('told'),
    word: v.pipe(v.number(), v.integer(), v.minValue(-1)),
    state: v.picklist(['listening', 'following', 'lost']),
    level: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    speaking: v.boolean(),
  }),
]);
export type FromFollower = v.InferOutput<typeof FromFollowerSchema>;
