import { clockAfter, type LiveState, type Position } from '../../protocol/live.ts';

/**
 * The talk as the server holds it: the last position (with the deck's clock), whether the deck is connected, whether
 * the talk has ended. The server keeps no clock of its own: it only carries the deck's on, while the deck is there to
 * vouch for it, so that every page shows the speaker's talk time.
 */
export class TalkState {
  private position: Position | null = null;
  /** When the position came, by `now`: its clock has run on since, while a presenter is connected. */
  private reportedAt = 0;
  private presenters = 0;
  private ended = false;

  constructor(private readonly now: () => number = Date.now) {}

  moveTo(position: Position): void {
    this.position = position;
    this.reportedAt = this.now();
  }

  presenterJoined(): void {
    this.settle();
    this.presenters += 1;
  }

  presenterLeft(): void {
    // The clock stops where the deck was last heard from: nobody vouches for it after.
    this.settle();
    this.presenters = Math.max(0, this.presenters - 1);
  }

  end(): void {
    this.settle();
    this.ended = true;
  }

  snapshot(): LiveState {
    return { type: 'state', position: this.current(), presenter: this.presenters > 0, ended: this.ended };
  }

  /** The position with its clock brought up to now. */
  private current(): Position | null {
    const { position } = this;
    if (position?.clock === undefined || this.presenters === 0 || this.ended) return position;
    return { ...position, clock: clockAfter(position.clock, this.now() - this.reportedAt) };
  }

  private settle(): void {
    this.position = this.current();
    this.reportedAt = this.now();
  }
}
