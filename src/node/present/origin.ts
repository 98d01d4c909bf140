import os from 'node:os';

/** Every address a server bound to `host` answers on, for its address lists and its Host and Origin checks. */
export function localAddresses(host: string): string[] {
  if (host === '127.0.0.1' || host === 'localhost' || host === '::1') return ['127.0.0.1', 'localhost'];
  const wildcard = host === '0.0.0.0' || host === '::';
  const fromInterfaces = Object.values(os.networkInterfaces())
    .flatMap((infos) => infos ?? [])
    .filter((info) => info.family === 'IPv4')
    .map((info) => info.address);
  return wildcard ? [...new Set([...fromInterfaces, 'localhost'])] : [host];
}

/** Where this machine reaches a server bound to `host`: loopback, unless it listens on one address only. */
export function ownAddress(host: string): string {
  return host === '0.0.0.0' || host === '::' || host === 'localhost' || host === '::1' ? '127.0.0.1' : host;
}

/** The hall's address for the audience: the first address on the local network, else this machine. */
export function lanAddress(addresses: readonly string[]): string {
  return addresses.find((address) => address !== 'localhost' && !address.startsWith('127.')) ?? '127.0.0.1';
}

/**
 * Which `Host` headers and `Origin`s the server accepts: its own addresses on its own port. Checking Host too closes
 * DNS rebinding, where a foreign page reaches the server under a name of its own (and so an Origin that matches Host).
 */
export interface OriginPolicy {
  hostAllowed(host: string | undefined): boolean;
  originAllowed(origin: string | undefined): boolean;
}

export function originPolicy(addresses: readonly string[], port: number): OriginPolicy {
  const hosts = new Set(addresses.map((address) => `${address}:${port}`));
  return {
    hostAllowed: (host) => host !== undefined && hosts.has(host.toLowerCase()),
    originAllowed(origin) {
      if (origin === undefined) return false;
      try {
        const url = new URL(origin);
        return url.protocol === 'http:' && url.origin === origin && hosts.has(url.host);
      } catch {
        return false;
      }
    },
  };
}
