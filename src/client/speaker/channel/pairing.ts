/** The pairing secret's length: 256 bits, so that it also serves as a key (see the hand-joined channel). */
const SECRET_BYTES = 32;

/** A fresh secret from Web Crypto, as 64 hex digits (a form that survives a URL fragment and storage unchanged). */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares two secrets in time that does not depend on where they first differ. */
export function sameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
