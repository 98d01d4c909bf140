import { isIPv6 } from 'node:net';
import os from 'node:os';

const LOOPBACK_V4 = new Set(['127.0.0.1', 'localhost']);

/** An address as it stands in a URL's host: IPv6 in brackets. */
function urlHost(address: string): string {
  return isIPv6(address) ? `[${address}]` : address;
}

/** Every address a server bound to `host` answers on, for its address lists and its Host and Origin checks. */
export function localAddresses(host: string): string[] {
  if (host === '127.0.0.1' || host === 'localhost') return [...LOOPBACK_V4];
  if (host === '::1') return ['::1', 'localhost'];
  const wildcard = host === '0.0.0.0' || host === '::';
  if (!wildcard) return [host];
  const fromInterfaces = Object.values(os.networkInterfaces())
    .flatMap((infos) => infos ?? [])
    // `::` takes IPv6 as well; link-local IPv6 (fe80::) needs a zone no browser puts in a Host header.
    .filter((info) => info.family === 'IPv4' || (host === '::' && !info.address.toLowerCase().startsWith('fe80:')))
    .map((info) => info.address);
  return [...new Set([...fromInterfaces, 'localhost'])];
}

/** Where this machine reaches a server bound to `host`, as a URL's host: loopback, unless it listens on one address. */
export function ownAddress(host: string): string {
  if (host === '::1') return '[::1]';
  return host === '0.0.0.0' || host === '::' || host === 'localhost' ? '127.0.0.1' : urlHost(host);
}

/** The hall's address for the audience, as a URL's host: the first on the local network (IPv4 first), else loopback. */
export function lanAddress(addresses: readonly string[]): string {
  const outside = addresses.filter(
    (address) => address !== 'localhost' && !address.startsWith('127.') && address !== '::1',
  );
  const chosen = outside.find((address) => !isIPv6(address)) ?? outside[0];
  if (chosen !== undefined) return urlHost(chosen);
  return addresses.includes('::1') && !addresses.includes('127.0.0.1') ? '[::1]' : '127.0.0.1';
}

/** `http://host:port` as a browser writes it: port 80 is left out (of the address, the Host header and the Origin). */
export function httpOrigin(host: string, port: number): string {
  return port === 80 ? `http://${host}` : `http://${host}:${port}`;
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
  const hosts = new Set(
    addresses.flatMap((address) => {
      const host = urlHost(address.toLowerCase());
      // A browser leaves the default port out of Host and Origin; some clients write it all the same.
      return port === 80 ? [host, `${host}:80`] : [`${host}:${port}`];
    }),
  );
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
