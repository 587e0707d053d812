import { Parser } from 'htmlparser2';
import type { JobPosting, Organization } from 'schema-dts';
import { parseIsoDate } from '../../core/dates.js';
import { cleanText, webAddress } from './clean.js';
import { jobPostings } from './json-ld.js';
import { locationLine } from './location.js';
import { MAX_PAGE } from './page-limit.js';

type Node = Record<string, unknown>;
type Leaf<T> = Exclude<T, string>;

/** What a posting page says about the job, cleaned to plain one-line text. */
export interface Posting {
  readonly title: string;
  readonly company: string;
  readonly postingUrl: string | null;
  readonly location: string | null;
  readonly postedOn: string | null;
}

export type PostingResult =
  | { readonly ok: true; readonly posting: Posting; readonly from: 'json-ld' | 'opengraph' }
  | { readonly ok: false; readonly reason: 'no-posting' | 'no-company'; readonly message: string };

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

function companyOf(posting: Node): string | null {
  const key: keyof Leaf<JobPosting> = 'hiringOrganization';
  const org = first(posting[key]);
  if (typeof org === 'object' && org !== null) {
    const name: keyof Leaf<Organization> = 'name';
    return cleanText(first((org as Node)[name]));
  }
  return cleanText(org);
}

/** "2026-11-20" from datePosted, whether a date or a date-time; null when not a real date. */
function postedOnOf(posting: Node): string | null {
  const key: keyof Leaf<JobPosting> = 'datePosted';
  const value = first(posting[key]);
  if (typeof value !== 'string') return null;
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  return day && parseIsoDate(day) ? day : null;
}

/** What a posting is read from: the head's tags and the JSON-LD, nothing of the page's body. */
interface PageParts {
  /** `<meta property|name content>`, by lower-case name; the first of each name. */
  readonly metas: Map<string, string>;
  canonical: string | undefined;
  title: string | undefined;
  /** The text of every `application/ld+json` script. */
  readonly jsonLd: string[];
}

/**
 * The parts of a page, read by htmlparser2's streaming parser (entities decoded): no tree is
 * built, so a 2 MB page of job cards and scripts costs one pass.
 */
function pageParts(html: string): PageParts {
  const parts: PageParts = { metas: new Map(), canonical: undefined, title: undefined, jsonLd: [] };
  let text: string[] | null = null;
  let into: 'title' | 'json-ld' | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name)?.toLowerCase();
          if (key && attributes.content !== undefined && !parts.metas.has(key))
            parts.metas.set(key, attributes.content);
        } else if (name === 'link' && parts.canonical === undefined) {
          const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
          if (rel.includes('canonical')) parts.canonical = attributes.href;
        } else if (name === 'title' && parts.title === undefined) {
          into = 'title';
          text = [];
        } else if (name === 'script') {
          const type = (attributes.type ?? '').split(';')[0]?.trim().toLowerCase();
          if (type === 'application/ld+json') {
            into = 'json-ld';
            text = [];
          }
        }
      },
      ontext(data) {
        text?.push(data);
      },
      onclosetag(name) {
        if (text === null || (name !== 'title' && name !== 'script')) return;
        if (into === 'title') parts.title = text.join('');
        else if (into === 'json-ld') parts.jsonLd.push(text.join(''));
        text = null;
        into = null;
      },
      onend() {
        // A title never closed runs to the end of the page, as a browser shows it.
        if (into === 'title' && text) parts.title = text.join('');
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return parts;
}

/**
 * The job posting of an HTML page: from schema.org JobPosting JSON-LD, else from OpenGraph
 * (`og:title`, `og:site_name`) and `<title>`. `pageUrl` is where the page came from.
 */
export function readPosting(html: string, pageUrl?: string): PostingResult {
  const { metas, canonical, title: titleText, jsonLd } = pageParts(html.slice(0, MAX_PAGE));
  const base = webAddress(pageUrl) ?? undefined;
  const fallbackUrl =
    webAddress(canonical, base) ?? webAddress(metas.get('og:url'), base) ?? base ?? null;
  const siteName = cleanText(metas.get('og:site_name'));
  const posting = jobPostings(jsonLd)[0];
  if (posting) {
    const title = cleanText(first(posting.title));
    const company = companyOf(posting) ?? siteName;
    if (title && company) {
      const url: keyof Leaf<JobPosting> = 'url';
      return {
        ok: true,
        from: 'json-ld',
        posting: {
          title,
          company,
          postingUrl: webAddress(first(posting[url]), base) ?? fallbackUrl,
          location: locationLine(posting),
          postedOn: postedOnOf(posting),
        },
      };
    }
  }
  const title = cleanText(metas.get('og:title')) ?? cleanText(titleText);
  if (!title)
    return { ok: false, reason: 'no-posting', message: 'no job posting found on this page' };
  if (!siteName)
    return {
      ok: false,
      reason: 'no-company',
      message: `no job posting found on this page: a title ("${title.slice(0, 60)}") but no company (no JobPosting data, no og:site_name)`,
    };
  return {
    ok: true,
    from: 'opengraph',
    posting: { title, company: siteName, postingUrl: fallbackUrl, location: null, postedOn: null },
  };
}
