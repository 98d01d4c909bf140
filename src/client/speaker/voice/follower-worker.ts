import * as v from 'valibot';
import { Follower } from '../../../voice/follower.ts';
import { loadReference } from '../../../voice/reference.ts';
import { ToFollowerSchema, type FromFollower } from './follower-messages.ts';

/**
 * The follower in a worker of its own, off the page's thread: built apart (src/node/voice-plugin.ts) and carried as
 * text in voice-reference.js, from which the page starts it as a `blob:` worker. Blocks of samples in, where the
 * speaker is out; the reference comes with the first message.
 */

/** The worker's global scope, as much of it as is used (the project's types are the page's, not a worker's). */
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: FromFollower): void;
};

let follower: Follower | undefined;

scope.addEventListener('message', ({ data }) => {
  const parsed = v.safeParse(ToFollowerSchema, data);
  if (!parsed.success) {
    scope.postMessage({ kind: 'failed', reason: `A message the follower cannot read: ${parsed.issues[0].message}` });
    return;
  }
  const message = parsed.output;
  switch (message.kind) {
    case 'start':
      try {
        follower = new Follower(loadReference(message.reference), message.sampleRate);
        scope.postMessage({ kind: 'ready' });
      } catch (error) {
        scope.postMessage({ kind: 'failed', reason: String(error).slice(0, 500) });
      }
      return;
    case 'anchor':
      follower?.anchor(message.word, message.first, message.end);
      return;
    case 'samples':
      if (follower) scope.postMessage({ kind: 'told', ...follower.push(message.samples) });
      return;
  }
});
