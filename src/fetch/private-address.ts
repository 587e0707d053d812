import { lookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
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

/** Which addresses a request may go to: by default public ones only, as the system resolves them. */
export interface AddressRules {
  /** Let the request go to loopback, private and link-local addresses (off: the default). */
  readonly allowPrivate?: boolean;
  /** Name resolution; every address it answers is checked (the default asks the system). */
  readonly resolve?: (host: string) => Promise<string[]>;
  /** Which addresses are refused (the default: every non-public one). */
  readonly isPrivate?: (address: string) => boolean;
}

/** Why a request was not made, in words for the user. */
export class AddressRefusal extends Error {}

/**
 * The address a request to `host` may connect to: every one the name resolves to must be
 * allowed, so that no name can point this server into the network it runs in.
 */
export async function allowedAddress(host: string, rules: AddressRules = {}): Promise<string> {
  let addresses: string[];
  try {
    addresses = await (rules.resolve ?? resolveAll)(host);
  } catch {
    throw new AddressRefusal(`cannot find the address of ${host}`);
  }
  if (addresses.length === 0) throw new AddressRefusal(`cannot find the address of ${host}`);
  const bad = addresses.find(rules.isPrivate ?? privateAddress);
  if (bad !== undefined && !rules.allowPrivate)
    throw new AddressRefusal(
      `${host} is on a private or local address (${bad}); add --allow-private to allow it`,
    );
  return addresses[0] as string;
}

/**
 * A lookup that answers only the address already checked: the connection goes there, and a
 * second lookup cannot rebind the name to another.
 */
export function pinnedLookup(address: string): LookupFunction {
  const family = address.includes(':') ? 6 : 4;
  return (_host, options, done) => {
    if (options.all) done(null, [{ address, family }]);
    else done(null, address, family);
  };
}
