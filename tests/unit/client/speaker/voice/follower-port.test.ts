import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FromFollowerSchema, ToFollowerSchema } from '../../../../../src/client/speaker/voice/follower-messages.ts';
import { openFollower } from '../../../../../src/client/speaker/voice/follower-port.ts';
import type { Following } from '../../../../../src/voice/follower.ts';

const reference: unknown = JSON.parse(
  readFileSync(new URL('../../../../../src/voice/reference.json', import.meta.url), 'utf8'),
);
const source = { reference, workerCode: 'self.onmessage = () => {}' };

/** A worker that answers as the test tells it, and keeps what the page sent it. */
class FakeWorker extends EventTarget {
  readonly sent: { message: unknown; transfer: unknown[] }[] = [];
  terminated = false;
  constructor(private readonly answer: (worker: FakeWorker, message: unknown) => void) {
    super();
  }
  postMessage(message: unknown, transfer: unknown[] = []): void {
    this.sent.push({ message, transfer });
    this.answer(this, message);
  }
  say(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const asWorker = (fake: FakeWorker) => () => fake as unknown as Worker;

describe('openFollower', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs the follower in the worker once it has read the reference, and hands it each block', async () => {
    const told: Following[] = [];
    const worker = new FakeWorker((self, message) => {
      if (v.parse(ToFollowerSchema, message).kind === 'start') self.say({ kind: 'ready' });
    });
    const port = await openFollower(source, 48_000, (following) => told.push(following), asWorker(worker));
    expect(port.runs).toBe('worker');
    expect(worker.sent[0]?.message).toEqual({ kind: 'start', sampleRate: 48_000, reference });
    const block = new Float32Array(2048);
    port.push(block);
    // Transferred, not copied: the page keeps no sound.
    expect(worker.sent[1]).toEqual({ message: { kind: 'samples', samples: block }, transfer: [block.buffer] });
    port.anchor(5, 3, 40);
    expect(worker.sent[2]?.message).toEqual({ kind: 'anchor', word: 5, first: 3, end: 40 });
    // What the worker says is parsed: a word out of range or a field too many is dropped.
    worker.say({ kind: 'told', word: 7, state: 'following', level: 2, speaking: true });
    worker.say({ kind: 'told', word: 7, state: 'following', level: 0.5, speaking: true, extra: 1 });
    worker.say({ kind: 'told', word: 7, state: 'following', level: 0.5, speaking: true });
    expect(told).toEqual([{ word: 7, state: 'following', level: 0.5, speaking: true }]);
    port.close();
    expect(worker.terminated).toBe(true);
  });

  it.for([
    [
      'cannot be made (an old browser)',
      () => () => {
        throw new Error('no workers here');
      },
    ],
    ['is refused (the policy)', () => asWorker(new FakeWorker((self) => self.dispatchEvent(new Event('error'))))],
    [
      'fails to read the reference',
      () =>
        asWorker(
          new FakeWorker((self) => {
            self.say({ kind: 'failed', reason: 'bad' });
          }),
        ),
    ],
  ] as const)('follows on the page, and says so in the console, when the worker %s', async ([, make]) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const told: Following[] = [];
    const port = await openFollower(source, 48_000, (following) => told.push(following), make());
    expect(port.runs).toBe('page');
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/^Voice mode follows on the page's own thread: its worker could not start/);
    port.push(new Float32Array(2048));
    expect(told).toEqual([{ word: -1, state: 'listening', level: 0, speaking: false }]);
  });

  it('throws, after saying why, when the reference cannot be read either', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(
      openFollower({ reference: { format: 0 }, workerCode: undefined }, 48_000, () => undefined),
    ).rejects.toThrow('The voice reference is not one');
  });
});

describe('the messages across the worker boundary', () => {
  it('take samples only as a Float32Array, and words as whole numbers', () => {
    expect(v.safeParse(ToFollowerSchema, { kind: 'samples', samples: [0, 1] }).success).toBe(false);
    expect(v.safeParse(ToFollowerSchema, { kind: 'anchor', word: 1.5, first: 0, end: 3 }).success).toBe(false);
    expect(v.safeParse(ToFollowerSchema, { kind: 'start', sampleRate: 0, reference: {} }).success).toBe(false);
    expect(
      v.safeParse(FromFollowerSchema, { kind: 'told', word: -2, state: 'following', level: 0, speaking: false })
        .success,
    ).toBe(false);
    expect(v.safeParse(FromFollowerSchema, { kind: 'failed', reason: 'x'.repeat(501) }).success).toBe(false);
  });
});
