import * as v from 'valibot';
import { DeckMessageSchema, PACED_EVENT } from '../../protocol/live.ts';
import type { DeckHost } from '../speaker/tools-loader.ts';
import { AudienceQr } from './audience-qr.ts';
import { DeckClock } from './deck-clock.ts';
import { deckPosition } from './deck-position.ts';
import { openLiveSocket, type LiveSocket } from './live-socket.ts';

/** The speaker view's paced position (PACED_EVENT), where it has one: the audience follows it. */
const PacedDetail = v.strictObject({
  slide: v.string(),
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)),
});

const NOTICES = {
  key: 'The hall’s server refused this deck’s key: it has a new one. Open the presenter address that npm run present printed, in this tab.',
  superseded: 'Another tab now presents to the hall: this one no longer reports its slides.',
};

/** Where the speaker's tools send a notice for the speaker; whether a speaker view hears it now. */
type TellSpeaker = (notice: string | undefined) => boolean;

/**
 * A notice for the presenter, never on an audience page: in the speaker view where one is open, else on the deck,
 * which may be on the projector, with a way to act on it.
 */
class PresenterNotice {
  private element: HTMLElement | undefined;

  constructor(private readonly tellSpeaker: TellSpeaker) {}

  show(text: string, action?: { label: string; run: () => void; instead: string }): void {
    this.hide();
    // The speaker view has no button for the action: it says what does the same.
    if (this.tellSpeaker(action === undefined ? text : `${text} ${action.instead}`)) return;
    const element = document.createElement('div');
    // The look of the deck's other notices, in the corner where the missing-slide notice stands (theme/deck/chrome.css).
    element.className = 'popup-blocked missing-slide present-notice';
    element.setAttribute('role', 'alert');
    const line = document.createElement('p');
    line.textContent = text;
    element.append(line);
    if (action !== undefined) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.label;
      button.addEventListener('click', action.run);
      element.append(button);
    }
    document.body.append(element);
    this.element = element;
  }

  hide(): void {
    this.tellSpeaker(undefined);
    this.element?.remove();
    this.element = undefined;
  }
}

function reportTo({ deck, advance }: DeckHost, presenterKey: () => string, tellSpeaker: TellSpeaker): () => void {
  let paragraph: { slide: string; paragraph: number } | undefined;
  let socket: LiveSocket | undefined = undefined;
  const notice = new PresenterNotice(tellSpeaker);
  const report = () => {
    const at = paragraph?.slide === deck.getCurrentSlide().id ? paragraph.paragraph : undefined;
    socket?.send({ type: 'position', position: deckPosition(deck, at, clock.report()) });
  };
  const clock = new DeckClock(deck, report);
  const again = () => {
    notice.hide();
    socket?.reconnect();
  };
  socket = openLiveSocket({
    schema: DeckMessageSchema,
    hello: () => ({ type: 'auth', role: 'presenter', key: presenterKey() }),
    onStatus: () => undefined,
    onRefused(why) {
      if (why === 'key') notice.show(NOTICES.key);
      else {
        const instead = 'Reload the deck to present from it again.';
        notice.show(NOTICES.superseded, { label: 'Present from this tab', run: again, instead });
      }
    },
    onMessage(message) {
      // Let in (again, after a restart): the hall learns at once where the deck is.
      if (message.type === 'welcome') {
        notice.hide();
        report();
      }
      if (message.type !== 'command' || message.command === undefined) return;
      if (message.command === 'blank') deck.togglePause();
      else advance(deck, message.command);
    },
  });
  for (const event of ['slidechanged', 'paused', 'resumed']) deck.on(event, report);
  window.addEventListener(PACED_EVENT, (event) => {
    const detail = v.safeParse(PacedDetail, event instanceof CustomEvent ? event.detail : undefined);
    if (!detail.success) return;
    paragraph = detail.output;
    report();
  });
  return again;
}

/**
 * The deck's side of the hall's server, in the speaker's tools (loaded on Q, or at once with `?present`): the
 * audience's address as a QR code, and, opened from the presenter's address, reporting each slide (and the black
 * screen) to every listener and obeying the phone clicker's commands.
 */
export class HallClient {
  private readonly qr: AudienceQr;
  private again: (() => void) | undefined;

  /** `tellSpeaker` puts the hall's notices in the speaker view (deck-side.ts), where one hears them. */
  constructor(
    private readonly host: DeckHost,
    private readonly tellSpeaker: TellSpeaker,
  ) {
    this.qr = new AudienceQr(host.coverSlides);
  }

  toggleQr(): void {
    void this.qr.toggle();
  }

  /** Reports to the hall with the presenter's key; a new key (pasted into the address) connects again with it. */
  present(presenterKey: () => string): void {
    if (this.again === undefined) this.again = reportTo(this.host, presenterKey, this.tellSpeaker);
    else this.again();
  }
}
