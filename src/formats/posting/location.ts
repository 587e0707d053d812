import type { Country, JobPosting, Place, PostalAddress } from 'schema-dts';
import { cleanText } from './clean.js';

type Leaf<T> = Exclude<T, string>;
type Node = Record<string, unknown>;

const asNode = (value: unknown): Node | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : null;

const many = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** A country, region or place given as a name, a code, or an object with a name. */
function placeName(value: unknown): string | null {
  const node = asNode(value);
  if (!node) return cleanText(value, 80);
  const name: keyof Leaf<Country> = 'name';
  return cleanText(node[name], 80);
}

/** "Chicago, IL, US" from a PostalAddress (or its text). */
function addressLine(value: unknown): string | null {
  const node = asNode(value);
  if (!node) return cleanText(value, 80);
  const keys: (keyof Leaf<PostalAddress>)[] = [
    'addressLocality',
    'addressRegion',
    'addressCountry',
  ];
  const parts: string[] = [];
  for (const key of keys) {
    const part = placeName(node[key]);
    if (part && !parts.includes(part)) parts.push(part);
  }
  return parts.length > 0 ? parts.join(', ') : null;
}

function placeLine(value: unknown): string | null {
  const node = asNode(value);
  if (!node) return cleanText(value, 80);
  const address: keyof Leaf<Place> = 'address';
  return addressLine(node[address]) ?? placeName(node);
}

/**
 * A posting's places on one short line: "Chicago, IL, US", "Remote (GB)" for TELECOMMUTE,
 * several joined with " · "; null when the posting names none.
 */
export function locationLine(posting: Node): string | null {
  const fields: Record<'places' | 'type' | 'remoteIn', keyof Leaf<JobPosting>> = {
    places: 'jobLocation',
    type: 'jobLocationType',
    remoteIn: 'applicantLocationRequirements',
  };
  const lines = many(posting[fields.places]).map(placeLine);
  const remote = many(posting[fields.type]).some(
    (t) => typeof t === 'string' && t.trim().toUpperCase() === 'TELECOMMUTE',
  );
  if (remote) {
    const areas = many(posting[fields.remoteIn]).map(placeName);
    const named = areas.filter((a): a is string => a !== null);
    if (named.length === 0) lines.push('Remote');
    for (const area of named) lines.push(`Remote (${area})`);
  }
  const unique = [...new Set(lines.filter((l): l is string => l !== null))];
  return unique.length > 0 ? cleanText(unique.join(' · ')) : null;
}
