import { describe, expect, it } from 'vitest';
import {
  offerKeys,
  open,
  pairingCode,
  seal,
  secretKey,
  sharedKey,
} from '../../../../../src/client/speaker/channel/join-crypto.ts';
import { newSecret } from '../../../../../src/client/speaker/channel/parameters.ts';

describe('the cryptography of joining by hand', () => {
  it('shows the same six digits for the same key on both sides, and other digits for another key', async () => {
    const view = await offerKeys();
    const code = await pairingCode(view.offer);
    expect(code).toMatch(/^\d{6}$/);
    expect(await pairingCode(view.offer)).toBe(code);
    const other = await offerKeys();
    expect(other.offer).not.toBe(view.offer);
  });

  it('seals the secret so that only the view that offered its key opens it', async () => {
    const view = await offerKeys();
    const deck = await offerKeys();
    const stranger = await offerKeys();
    const secret = newSecret();
    const sealed = await seal(await sharedKey(deck.keys, view.offer), secret);
    expect(sealed.box).not.toContain(secret);
    expect(await open(await sharedKey(view.keys, deck.offer), sealed)).toBe(secret);
    expect(await open(await sharedKey(stranger.keys, deck.offer), sealed)).toBeUndefined();
  });

  it('opens a message sealed with the pair secret only with that secret, and never once changed', async () => {
    const secret = newSecret();
    const sealed = await seal(await secretKey(secret), 'next');
    expect(await open(await secretKey(secret), sealed)).toBe('next');
    expect(await open(await secretKey(newSecret()), sealed)).toBeUndefined();
    const changed = { ...sealed, box: `${sealed.box.startsWith('A') ? 'B' : 'A'}${sealed.box.slice(1)}` };
    expect(await open(await secretKey(secret), changed)).toBeUndefined();
  });
});
