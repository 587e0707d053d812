import type { Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { JobPosting, Organization } from 'schema-dts';
import { parseIsoDate } from '../../core/dates.js';
import { cleanText, webAddress } from './clean.js';
import { jobPostings } from './json-ld.js';
import { locationLine } from './location.js';

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

/** Largest page read, in bytes of text (the command line and the server refuse more before). */
export const MAX_PAGE = 5 * 1024 * 1024;

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

function meta(metas: readonly Element[], name: string): string | undefined {
  const tag = metas.find(
    (m) =>
      (getAttributeValue(m, 'property') ?? getAttributeValue(m, 'name'))?.toLowerCase() === name,
  );
  return tag && getAttributeValue(tag, 'content');
}

/**
 * The job posting of an HTML page: from schema.org JobPosting JSON-LD, else from OpenGraph
 * (`og:title`, `og:site_name`) and `<title>`. `pageUrl` is where the page came from.
 */
export function readPosting(html: string, pageUrl?: string): PostingResult {
  const doc = parseDocument(html.slice(0, MAX_PAGE));
  const elements = findAll(() => true, doc.children);
  const named = (tag: string) => elements.filter((e) => e.name === tag);
  const metas = named('meta');
  const canonical = named('link').find((l) =>
    (getAttributeValue(l, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const base = webAddress(pageUrl) ?? undefined;
  const fallbackUrl =
    webAddress(canonical && getAttributeValue(canonical, 'href'), base) ??
    webAddress(meta(metas, 'og:url'), base) ??
    base ??
    null;
  const siteName = cleanText(meta(metas, 'og:site_name'));
  const posting = jobPostings(named('script'))[0];
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
  const titleTag = named('title')[0];
  const title = cleanText(meta(metas, 'og:title')) ?? cleanText(titleTag && textContent(titleTag));
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
