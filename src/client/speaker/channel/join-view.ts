import { open, offerKeys, pairingCode, sharedKey } from './join-crypto.ts';
import { codeElement } from './join-code.ts';
import { newJoinId, type JoinWire } from './join-wire.ts';
import { keepSecret, wellFormedSecret } from './parameters.ts';

/** How often a view opened by hand asks again, so that a deck opened or reloaded later hears it too. */
const ASK_EVERY_MS = 3000;

function notice(within: HTMLElement): HTMLElement {
  const element = document.createElement('div');
  // The deck's notice style (theme/deck/chrome.css), which the speaker view's page has as well.
  element.className = 'popup-blocked join-notice';
  element.setAttribute('role', 'status');
  within.append(element);
  return element;
}

/**
 * A speaker view opened by hand (no S, so no secret) asks the deck to let it join: it shows its code, offers its
 * public key, and waits until the speaker accepts the same code in the deck's window; then it gets the secret.
 */
export async function joinByHand(wire: JoinWire, within: HTMLElement, joined: (secret: string) => void): Promise<void> {
  const shown = notice(within);
  if (!window.isSecureContext) {
    shown.textContent =
      'This speaker view can join the deck only when both are opened from a folder, localhost or https. Press S in the deck instead.';
    return;
  }
  const { keys, offer } = await offerKeys();
  const code = await pairingCode(offer);
  const id = newJoinId();
  const title = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = 'To follow the deck, this view asks to join with the code';
  title.append(strong);
  const text = document.createElement('p');
  text.textContent = "The deck's window asks whether to let it in: if it shows this same code there, press Y in it.";
  shown.append(title, codeElement(code, 'join-code'), text);

  const ask = () => {
    wire.send({ type: 'join', id, offer });
  };
  ask();
  const timer = setInterval(ask, ASK_EVERY_MS);
  const stop = wire.listen((data) => {
    if (data.type !== 'welcome' || data.id !== id) return;
    void sharedKey(keys, data.offer)
      .then((key) => open(key, data))
      .then((text) => {
        const secret = wellFormedSecret(text);
        if (secret === null) return;
        clearInterval(timer);
        stop();
        shown.remove();
        keepSecret(secret);
        joined(secret);
      });
  });
}
