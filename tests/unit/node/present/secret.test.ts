import { describe, expect, it } from 'vitest';
import { bearer, makeSecret, secretMatches } from '../../../../src/node/present/secret.ts';

describe('the presenter secret', () => {
  it('is fresh, URL-safe and at least 128 bits each time', () => {
    const secrets = new Set(Array.from({ length: 50 }, makeSecret));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(secret, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    }
  });

  it('matches only itself, whatever the length of the guess', () => {
    const secret = makeSecret();
    expect(secretMatches(secret, secret)).toBe(true);
    expect(secretMatches(`${secret}x`, secret)).toBe(false);
    expect(secretMatches(secret.slice(1), secret)).toBe(false);
    expect(secretMatches('', secret)).toBe(false);
  });

  it('is read from a bearer header only', () => {
    expect(bearer('Bearer abc_-9')).toBe('abc_-9');
    expect(bearer('Basic abc')).toBeUndefined();
    expect(bearer('Bearer a b')).toBeUndefined();
    expect(bearer(undefined)).toBeUndefined();
  });
});
