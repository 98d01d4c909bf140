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

describe('port 80 and IPv6', () => {
  it('accepts port 80 as a browser writes it: without the port', () => {
    const policy = originPolicy(['127.0.0.1', '192.168.1.20'], 80);
    expect(policy.hostAllowed('192.168.1.20')).toBe(true);
    expect(policy.hostAllowed('192.168.1.20:80')).toBe(true);
    expect(policy.originAllowed('http://192.168.1.20')).toBe(true);
    expect(policy.originAllowed('http://192.168.1.20:8080')).toBe(false);
    expect(policy.hostAllowed('evil.example')).toBe(false);
  });

  it('accepts an IPv6 host in brackets, and only its own', () => {
    expect(localAddresses('::1')).toEqual(['::1', 'localhost']);
    expect(ownAddress('::1')).toBe('[::1]');
    const policy = originPolicy(localAddresses('::1'), 8080);
    expect(policy.hostAllowed('[::1]:8080')).toBe(true);
    expect(policy.originAllowed('http://[::1]:8080')).toBe(true);
    expect(policy.hostAllowed('::1:8080')).toBe(false);
    expect(policy.originAllowed('http://[::2]:8080')).toBe(false);
    expect(lanAddress(['fd00::5', 'localhost'])).toBe('[fd00::5]');
    expect(lanAddress(['fd00::5', '10.0.0.5'])).toBe('10.0.0.5');
  });
});
