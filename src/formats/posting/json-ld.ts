import type { Graph, JobPosting } from 'schema-dts';

type Node = Record<string, unknown>;
const GRAPH: keyof Graph = '@graph';
const TYPE: keyof Exclude<JobPosting, string> = '@type';

/** Most nodes looked at in one page, so a hostile page cannot make the walk endless. */
const MAX_NODES = 10_000;

function isJobPosting(node: Node): boolean {
  const types = Array.isArray(node[TYPE]) ? (node[TYPE] as unknown[]) : [node[TYPE]];
  return types.some(
    (t) => typeof t === 'string' && /^(?:(?:https?:\/\/)?schema\.org\/)?JobPosting$/i.test(t),
  );
}

/** Every JobPosting in a JSON-LD value: a single object, an array, an `@graph`, nested graphs. */
function postingsIn(value: unknown, found: Node[], seen: { count: number }): void {
  if (seen.count++ > MAX_NODES || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) postingsIn(item, found, seen);
    return;
  }
  const node = value as Node;
  if (isJobPosting(node)) found.push(node);
  if (GRAPH in node) postingsIn(node[GRAPH], found, seen);
}

/** The JobPosting objects of a page's `application/ld+json` scripts (their text); broken JSON is skipped. */
export function jobPostings(scripts: readonly string[]): Node[] {
  const found: Node[] = [];
  const seen = { count: 0 };
  for (const script of scripts) {
    try {
      postingsIn(JSON.parse(script), found, seen);
    } catch {
      // A page may carry broken JSON-LD beside good OpenGraph; the next source is tried.
    }
  }
  return found;
}
