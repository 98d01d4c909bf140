import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 144 bits: more than the 128 a guess would have to beat, and a whole number of base64 characters (24). */
const SECRET_BYTES = 18;

/** A fresh presenter secret for one run of the server, URL-safe. */
export function makeSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/**
 * Whether `given` is the secret, in constant time. Both sides are hashed first so that the comparison runs on equal
 * lengths and a wrong length takes as long as a wrong character.
 */
export function secretMatches(given: string, secret: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/** The secret from an `Authorization: Bearer ...` header, or undefined. */
export function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{1,100})$/.exec(header ?? '');
  return match?.[1];
}
