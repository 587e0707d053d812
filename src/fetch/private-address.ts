import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/**
 * True for any address that is not a public unicast one: loopback, private (10/8, 172.16/12,
 * 192.168/16), link-local, unique-local (fc00::/7), carrier-grade NAT, multicast, unspecified,
 * reserved, and IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d, 6to4, NAT64, Teredo).
 * Anything that does not parse counts as private.
 * @example privateAddress('::ffff:127.0.0.1') // true
 * @example privateAddress('93.184.216.34') // false
 */
export function privateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  return ipaddr.process(address).range() !== 'unicast';
}

/** Every address a host name resolves to (an address literal resolves to itself). */
export async function resolveAll(host: string): Promise<string[]> {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return (await lookup(bare, { all: true, verbatim: true })).map((a) => a.address);
}
