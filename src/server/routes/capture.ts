import { CaptureBody, Captured, CaptureFound, CaptureQuery } from '../../contract/index.js';
import type { FetchResult } from '../../fetch/fetch-page.js';
import { MAX_PAGE } from '../../formats/posting/page-limit.js';
import { HttpProblem, unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers, onFirstUse } from './api.js';

// The page reader (an HTML parser) and the fetcher load with the first capture.
const capturing = onFirstUse(() => import('../../app/capture/capture.js'));
const fetching = onFirstUse(() => import('../../fetch/fetch-page.js'));

export interface CaptureDeps {
  /** How a page is fetched by its address; default: public addresses only (fetch/fetch-page.ts). */
  readonly fetch?: (url: string) => Promise<FetchResult>;
}

// The page travels as a JSON string: 5 MB of HTML, with room for its quotes escaped.
const BODY_LIMIT = 3 * MAX_PAGE;

export function captureRoutes(app: Api, ctx: ContextOf, deps: CaptureDeps = {}): void {
  const fetch = deps.fetch ?? (async (url: string) => (await fetching()).fetchPage(url));
  app.post(
    '/api/capture',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        summary:
          'a job posting page becomes a job opportunity, unless the same job is there already',
        description:
          'From the JobPosting JSON-LD of the page, else its OpenGraph title and site name. 201 with the new opportunity; 200 with the one already there (existing: true); ?dryRun=1 says what was found and writes nothing. A browser extension may call it from its own origin, with a personal access token in shared mode.',
        querystring: CaptureQuery,
        body: CaptureBody,
        response: answers({ 200: Captured.or(CaptureFound), 201: Captured }),
      },
    },
    async (req, reply) => {
      const { html, url, applied, on } = req.body;
      if (html !== undefined && Buffer.byteLength(html) > MAX_PAGE)
        throw new HttpProblem(
          413,
          'the page is larger than 5 MB; send only the posting page',
          'html',
        );
      let page = { html: html ?? '', url };
      if (html === undefined && url !== undefined) {
        const fetched = await fetch(url);
        if (!fetched.ok) throw new HttpProblem(422, fetched.message, 'url');
        page = fetched;
      }
      const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
      const { capturePosting } = await capturing();
      const result = await capturePosting(ctx(req), {
        html: page.html,
        pageUrl: page.url,
        applied,
        appliedOn: on,
        dryRun,
      });
      // A page with no posting in it: the field at fault is the one the page came in.
      if (!result.ok && result.field === 'page')
        throw new HttpProblem(422, result.message, html === undefined ? 'url' : 'html');
      const { posting, existing, opportunity } = unwrap(result);
      if (dryRun) return { ...posting, existing: opportunity?.id ?? null };
      if (!opportunity) throw new Error('capture: a write that returned no opportunity');
      if (!existing) reply.code(201).header('location', `/api/opportunities/${opportunity.id}`);
      return { ...opportunity, existing };
    },
  );
}
