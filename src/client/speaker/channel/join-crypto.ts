/**
 * The cryptography of joining by hand (see join-wire.ts): what goes through storage can be read by any page of the
 * origin, which from a folder is any local file. So the view offers an ECDH public key, both windows show a code
 * drawn from it for the speaker to compare, and the deck sends the pair's secret sealed (AES-GCM) for that key only.
 * Afterwards every message is sealed with a key made from the secret.
 */
const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const SEAL = { name: 'AES-GCM', length: 256 } as const;
const IV_BYTES = 12;

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** A key pair whose private half never leaves this window, and its public half to offer. */
export async function offerKeys(): Promise<{ readonly keys: CryptoKeyPair; readonly offer: string }> {
  const keys = await crypto.subtle.generateKey(CURVE, false, ['deriveKey']);
  return { keys, offer: toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey))) };
}

/** Six digits drawn from a public key: what the speaker compares between the two windows. */
export async function pairingCode(offer: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', fromBase64(offer));
  return String(new DataView(digest).getUint32(0) % 1_000_000).padStart(6, '0');
}

/** The key two windows share once each has the other's public key. */
export async function sharedKey(own: CryptoKeyPair, theirOffer: string): Promise<CryptoKey> {
  const public_ = await crypto.subtle.importKey('raw', fromBase64(theirOffer), CURVE, false, []);
  return crypto.subtle.deriveKey({ name: 'ECDH', public: public_ }, own.privateKey, SEAL, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** The key sealing the messages of a pair: the secret itself (256 bits). */
export function secretKey(secret: string): Promise<CryptoKey> {
  const bytes = Uint8Array.from(secret.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  return crypto.subtle.importKey('raw', bytes, SEAL, false, ['encrypt', 'decrypt']);
}

export interface Sealed {
  readonly iv: string;
  readonly box: string;
}

export async function seal(key: CryptoKey, text: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const box = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text));
  return { iv: toBase64(iv), box: toBase64(new Uint8Array(box)) };
}

/** The text, or undefined when the box was not sealed with this key (or was changed on the way). */
export async function open(key: CryptoKey, sealed: Sealed): Promise<string | undefined> {
  try {
    const text = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
      key,
      fromBase64(sealed.box),
    );
    return new TextDecoder().decode(text);
  } catch {
    return undefined;
  }
}
