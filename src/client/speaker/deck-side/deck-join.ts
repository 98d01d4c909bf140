import { askToJoin, tellJoin } from './join-prompt.ts';
import { spacedCode } from '../channel/join-code.ts';
import { offerKeys, pairingCode, seal, sharedKey } from '../channel/join-crypto.ts';
import type { JoinWire, WireMessage } from '../channel/join-wire.ts';

/** How long a request that was refused, or left unanswered, stays quiet. */
const QUIET_MS = 30_000;

/**
 * The deck's side of joining by hand: a speaker view opened without S asks (join-wire.ts); the deck shows its code
 * and waits for the speaker's Y. Only then does that view get the pair's secret, sealed for its key alone. Two
 * different views asking at once are both refused: one of them is not the speaker's.
 */
export function listenForJoins(wire: JoinWire, secret: () => string): void {
  // Web Crypto lives in secure contexts only: file://, localhost and https. Elsewhere only S pairs a view.
  if (!window.isSecureContext) return;
  let asking: { readonly id: string; readonly cancel: () => void } | null = null;
  const quiet = new Map<string, number>();

  const welcome = async (request: Extract<WireMessage, { type: 'join' }>) => {
    const own = await offerKeys();
    const sealed = await seal(await sharedKey(own.keys, request.offer), secret());
    wire.send({ type: 'welcome', id: request.id, offer: own.offer, ...sealed });
  };

  wire.listen((request) => {
    if (request.type !== 'join' || (quiet.get(request.id) ?? 0) > Date.now() || asking?.id === request.id) return;
    if (asking !== null) {
      quiet.set(asking.id, Date.now() + QUIET_MS);
      quiet.set(request.id, Date.now() + QUIET_MS);
      asking.cancel();
      asking = null;
      tellJoin('Two speaker views asked to join at once, so neither was let in. Close the one you do not know.');
      return;
    }
    const { id } = request;
    asking = { id, cancel: () => undefined };
    void pairingCode(request.offer).then((code) => {
      if (asking?.id !== id) return;
      asking = {
        id,
        cancel: askToJoin(code, (accepted) => {
          asking = null;
          if (accepted === true) {
            quiet.set(id, Number.POSITIVE_INFINITY);
            void welcome(request).then(() => {
              tellJoin(`The speaker view ${spacedCode(code)} joined.`);
            });
          } else quiet.set(id, Date.now() + QUIET_MS);
        }),
      };
    });
  });
}
