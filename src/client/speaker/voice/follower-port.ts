import * as v from 'valibot';
import { Follower, type Following } from '../../../voice/follower.ts';
import { loadReference } from '../../../voice/reference.ts';
import { FromFollowerSchema, type ToFollower } from './follower-messages.ts';

/** The follower as the microphone sees it: blocks in; where the speaker is comes back through `told`. */
export interface FollowerPort {
  /** Where the follower runs: in a worker of its own, or on the page's thread when no worker could start. */
  readonly runs: 'worker' | 'page';
  anchor(word: number, first: number, end: number): void;
  /** Takes a block of samples; the block is the follower's from then on (its buffer may be transferred). */
  push(samples: Float32Array<ArrayBuffer>): void;
  close(): void;
}

/** What voice-reference.js carries for the follower: the reference as stored, and the worker's code as text. */
export interface FollowerSource {
  readonly reference: unknown;
  readonly workerCode: string | undefined;
}

type Told = (following: Following) => void;

/** The follower on the page's thread: what runs when no worker can start. */
function onThePage(reference: unknown, sampleRate: number, told: Told): FollowerPort {
  const follower = new Follower(loadReference(reference), sampleRate);
  return {
    runs: 'page',
    anchor: (word, first, end) => {
      follower.anchor(word, first, end);
    },
    push: (samples) => {
      told(follower.push(samples));
    },
    close: () => undefined,
  };
}

/** Starts the worker from its code and waits until it has parsed the reference; rejects with why it could not. */
async function inAWorker(
  source: FollowerSource,
  sampleRate: number,
  told: Told,
  makeWorker: (url: string) => Worker,
): Promise<FollowerPort> {
  if (source.workerCode === undefined) throw new Error('voice-reference.js carries no worker');
  // A blob: worker, the one kind a page opened from a folder can start: its code is already in the page.
  const url = URL.createObjectURL(new Blob([source.workerCode], { type: 'text/javascript' }));
  let worker: Worker | undefined;
  try {
    worker = makeWorker(url);
    const started = worker;
    const send = (message: ToFollower, transfer: Transferable[] = []) => {
      started.postMessage(message, transfer);
    };
    await new Promise<void>((resolve, reject) => {
      started.addEventListener('error', (event) => {
        reject(new Error(event.message || 'the worker did not start'));
      });
      started.addEventListener('message', ({ data }: MessageEvent<unknown>) => {
        const parsed = v.safeParse(FromFollowerSchema, data);
        // A message the page cannot read is dropped, as the speaker channel drops one.
        if (!parsed.success) return;
        const message = parsed.output;
        if (message.kind === 'ready') resolve();
        else if (message.kind === 'failed') reject(new Error(message.reason));
        else told({ word: message.word, state: message.state, level: message.level, speaking: message.speaking });
      });
      send({ kind: 'start', sampleRate, reference: source.reference });
    });
    return {
      runs: 'worker',
      anchor: (word, first, end) => {
        send({ kind: 'anchor', word, first, end });
      },
      push: (samples) => {
        send({ kind: 'samples', samples }, [samples.buffer]);
      },
      close: () => {
        started.terminate();
      },
    };
  } catch (error) {
    worker?.terminate();
    throw error;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The follower, in a worker of its own where one can start (served or from a folder, under the deck's policy's
 * `worker-src blob:`), else on the page's thread, and the console says so and why. Throws when the reference cannot
 * be read.
 */
export async function openFollower(
  source: FollowerSource,
  sampleRate: number,
  told: Told,
  makeWorker = (url: string) => new Worker(url, { name: 'voice follower' }),
): Promise<FollowerPort> {
  try {
    return await inAWorker(source, sampleRate, told, makeWorker);
  } catch (error) {
    console.warn(`Voice mode follows on the page's own thread: its worker could not start (${String(error)}).`);
    return onThePage(source.reference, sampleRate, told);
  }
}
