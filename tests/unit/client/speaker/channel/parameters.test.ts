import { describe, expect, it } from 'vitest';
import { newSecret, sameSecret } from '../../../../../src/client/speaker/channel/parameters.ts';

describe('the pairing secret', () => {
  it('is 256 random bits as 64 hex digits, new each time', () => {
    const secrets = new Set(Array.from({ length: 100 }, newSecret));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) expect(secret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('compares equal only to itself', () => {
    const secret = newSecret();
    expect(sameSecret(secret, secret.slice())).toBe(true);
    expect(sameSecret(secret, newSecret())).toBe(false);
    expect(sameSecret(secret, secret.slice(0, 63))).toBe(false);
    expect(sameSecret(secret, '')).toBe(false);
  });
});
