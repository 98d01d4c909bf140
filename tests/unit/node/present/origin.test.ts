import { describe, expect, it } from 'vitest';
import { lanAddress, localAddresses, originPolicy, ownAddress } from '../../../../src/node/present/origin.ts';

describe('the origin policy', () => {
  const policy = originPolicy(['127.0.0.1', 'localhost', '192.168.1.20'], 8080);

  it('accepts the server’s own addresses on its own port', () => {
    expect(policy.originAllowed('http://192.168.1.20:8080')).toBe(true);
    expect(policy.originAllowed('http://localhost:8080')).toBe(true);
    expect(policy.hostAllowed('127.0.0.1:8080')).toBe(true);
  });

  it('refuses everything else', () => {
    for (const origin of ['http://evil.example:8080', 'http://127.0.0.1:8081', 'https://127.0.0.1:8080', 'null', '']) {
      expect(policy.originAllowed(origin), origin).toBe(false);
    }
    expect(policy.originAllowed(undefined)).toBe(false);
    expect(policy.hostAllowed('evil.example:8080')).toBe(false);
    expect(policy.hostAllowed(undefined)).toBe(false);
  });
});

describe('the server’s addresses', () => {
  it('stays on loopback when asked to', () => {
    expect(localAddresses('127.0.0.1')).toEqual(['127.0.0.1', 'localhost']);
    expect(lanAddress(localAddresses('127.0.0.1'))).toBe('127.0.0.1');
    expect(ownAddress('127.0.0.1')).toBe('127.0.0.1');
  });

  it('offers the hall a network address when it listens on all', () => {
    expect(lanAddress(['127.0.0.1', '10.0.0.5', 'localhost'])).toBe('10.0.0.5');
    expect(ownAddress('0.0.0.0')).toBe('127.0.0.1');
    expect(localAddresses('0.0.0.0')).toContain('127.0.0.1');
  });
});
