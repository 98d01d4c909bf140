import {
  arrive,
  isPaused,
  isStarted,
  NEW_TALK,
  pause,
  reset,
  resume,
  spentOn,
  start,
  type TalkState,
} from './clock.ts';
import type { DeckState } from '../channel/messages.ts';
import type { Moment } from './figures.ts';
import type { Plan } from './pacing.ts';
import type { DeckStorage } from './storage.ts';
import { storedHeld, storedTalk } from './storage-schemas.ts';

/**
 * The talk's clock as the view runs it: the saved state (clock.ts) and why it stands still, either held by the
 * speaker (P) or the screen blank (B). Every change is saved at once, so a reload of either window loses nothing.
 */
export class Talk {
  private current: TalkState;
  private held: boolean;
  private blanked = false;

  constructor(
    private readonly storage: DeckStorage,
    private readonly changed: () => void,
  ) {
    this.current = storage.read('talk', storedTalk(Date.now())) ?? NEW_TALK;
    this.held = storage.read('held', storedHeld) ?? false;
  }

  get state(): TalkState {
    return this.current;
  }

  isHeld(): boolean {
    return this.held;
  }

  /** The deck is on slide `index`, blank or not: the first move starts the talk; the slide left is charged. */
  follow(index: number, id: string, blanked: boolean): void {
    this.blanked = blanked;
    this.save(arrive(this.current, Date.now(), index, id));
  }

  /** P: starts the talk if it has not started, and otherwise holds or releases it. */
  toggleHold(): void {
    if (isStarted(this.current)) this.held = !this.held;
    else {
      this.held = false;
      this.current = start(this.current, Date.now());
    }
    this.storage.write('held', this.held);
    this.save(this.current);
  }

  reset(): void {
    this.held = false;
    this.storage.write('held', false);
    this.save(reset(this.current));
  }

  /** The talk now, with the deck and the plan: what the time panel and the hall's clock are worked out from. */
  moment(deck: DeckState | null, plan: Plan): Omit<Moment, 'connected'> {
    return { talk: this.current, deck, plan, held: this.held, now: Date.now() };
  }

  secondsOn(id: string): number {
    return spentOn(this.current, id, Date.now()) / 1000;
  }

  private save(next: TalkState): void {
    const now = Date.now();
    const stop = this.held || this.blanked;
    let state = next;
    if (stop && !isPaused(state)) state = pause(state, now);
    else if (!stop && isPaused(state)) state = resume(state, now);
    this.current = state;
    this.storage.write('talk', state);
    this.changed();
  }
}
