import type { Following } from '../../../voice/follower.ts';
import type { FollowerSource } from './follower-port.ts';
import { Microphone } from './microphone.ts';

/** Where voice mode stands, as its line says it. */
export type VoiceState = 'off' | 'starting' | Following['state'] | 'refused' | 'unavailable';

const SAYS: Record<VoiceState, string> = {
  off: '',
  starting: 'Voice: asking for the microphone…',
  listening: 'Voice: listening',
  following: 'Voice: following',
  lost: 'Voice lost: press ↓ or ↑ to put the line back',
  refused: 'Voice off: the microphone was refused; scrolling at the plan’s pace',
  unavailable: 'Voice off: this copy cannot follow a voice; scrolling at the plan’s pace',
};

/** The test contract: the word held as being spoken, counted over the whole speech; -1 when not following. */
const WORD_ATTRIBUTE = 'data-voice-word';

/**
 * Voice mode: the microphone followed through the speech. Shows its state in one line with a level meter, and tells
 * the prompter the word being spoken; while it cannot follow, the prompter paces the script as before.
 */
export class VoiceMode {
  private readonly meter = document.createElement('meter');
  private readonly text = document.createElement('span');
  private microphone: Microphone | undefined;
  private anchored: readonly [number, number, number] | undefined;
  state: VoiceState = 'off';
  word = -1;

  constructor(
    /** The line the view shows: the level meter and the state. */
    private readonly element: HTMLElement,
    /** The reference and the follower's worker, as voice-reference.js carries them. */
    private readonly source: FollowerSource,
    private readonly script: HTMLElement,
    private readonly changed: () => void,
  ) {
    this.meter.min = 0;
    this.meter.max = 1;
    this.meter.setAttribute('aria-label', 'Microphone level');
    this.element.append(this.meter, this.text);
    this.show();
  }

  /** Following now: the prompter holds the spoken word at eye level. */
  get following(): boolean {
    return this.state === 'following' && this.word >= 0;
  }

  get on(): boolean {
    return this.state !== 'off';
  }

  async start(): Promise<void> {
    if (this.microphone || this.state === 'starting') return;
    this.set('starting');
    try {
      this.microphone = await Microphone.open(this.source, (following) => {
        this.told(following);
      });
      if (this.anchored) this.microphone.follower.anchor(...this.anchored);
      this.set('listening');
    } catch (error) {
      const refused =
        error instanceof DOMException && ['NotAllowedError', 'NotFoundError', 'SecurityError'].includes(error.name);
      this.set(refused ? 'refused' : 'unavailable');
    }
  }

  stop(): void {
    this.microphone?.close();
    this.microphone = undefined;
    this.set('off');
  }

  /** Starts again at `word` of the passage of words [first, end): a slide change or a nudge. */
  anchor(word: number, first: number, end: number): void {
    this.anchored = [word, first, end];
    this.microphone?.follower.anchor(word, first, end);
    if (this.microphone) this.set('listening');
  }

  private told(following: Following): void {
    this.meter.value = following.level;
    if (following.state !== this.state || following.word !== this.word) {
      this.word = following.word;
      this.set(following.state);
    } else this.script.setAttribute(WORD_ATTRIBUTE, String(this.following ? this.word : -1));
  }

  private set(state: VoiceState): void {
    this.state = state;
    if (state !== 'following') this.word = -1;
    this.show();
    this.changed();
  }

  private show(): void {
    this.element.hidden = this.state === 'off';
    this.meter.hidden = this.microphone === undefined;
    this.text.textContent = SAYS[this.state];
    this.element.dataset.state = this.state;
    this.script.setAttribute(WORD_ATTRIBUTE, String(this.following ? this.word : -1));
  }
}
