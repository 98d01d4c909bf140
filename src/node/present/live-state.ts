import type { LiveState, Position } from '../../protocol/live.ts';

/** The talk as the server holds it: the last position, whether the deck is connected, when the talk started. */
export class TalkState {
  private position: Position | null = null;
  private presenters = 0;
  private ended = false;
  private startedAt: number | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  moveTo(position: Position): void {
    this.position = position;
    this.startedAt ??= this.now();
  }

  presenterJoined(): void {
    this.presenters += 1;
  }

  presenterLeft(): void {
    this.presenters = Math.max(0, this.presenters - 1);
  }

  end(): void {
    this.ended = true;
  }

  snapshot(): LiveState {
    return {
      type: 'state',
      position: this.position,
      presenter: this.presenters > 0,
      ended: this.ended,
      talkMs: this.startedAt === null ? null : Math.max(0, this.now() - this.startedAt),
    };
  }
}
