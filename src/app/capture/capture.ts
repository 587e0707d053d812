import { type Posting, readPosting } from '../../formats/posting/read-posting.js';
import type { Queries } from '../../store/queries.js';
import type { AppContext } from '../context.js';
import { methodDayOf } from '../method-settings.js';
import { insertOpportunity, viewOpportunity } from '../opportunities.js';
import { attempt, type Result, refuse } from '../result.js';
import { isoDate } from '../validate.js';
import type { OpportunityView } from '../views.js';

/** `show --json` of a captured job: the opportunity with where it is and when it was posted. */
export type CapturedView = OpportunityView & {
  readonly location: string | null;
  readonly postedOn: string | null;
};

export interface CaptureInput {
  /** The page as HTML (a file, a fetched page, or the page as the browser has it). */
  readonly html: string;
  /** Where the page came from, if anywhere: the last resort for the posting address. */
  readonly pageUrl?: string | undefined;
  /** Also log `applied`: today, or `appliedOn` (YYYY-MM-DD). */
  readonly applied?: boolean | undefined;
  readonly appliedOn?: string | undefined;
  /** Read the page and look for the same job, but write nothing. */
  readonly dryRun?: boolean | undefined;
}

export interface Capture {
  readonly posting: Posting;
  /** True when this job was captured (or typed) before: `opportunity` is that one, unchanged. */
  readonly existing: boolean;
  /** The job made or found; null on a dry run that found none. */
  readonly opportunity: CapturedView | null;
}

/** The view of an opportunity with its posting details. */
export async function capturedView(q: Queries, ctx: AppContext, id: number): Promise<CapturedView> {
  return { ...(await viewOpportunity(q, ctx, id)), ...(await q.postingDetails(ctx.accountId, id)) };
}

/** `capture`: a posting page becomes a job opportunity, unless the same job is there already. */
export function capturePosting(ctx: AppContext, input: CaptureInput): Promise<Result<Capture>> {
  return attempt(async () => {
    if (input.appliedOn !== undefined && !input.applied)
      refuse('invalid-input', 'on: a date of application needs --applied too', 'on');
    if (input.appliedOn !== undefined) isoDate('on', input.appliedOn);
    const read = readPosting(input.html, input.pageUrl);
    if (!read.ok) refuse('invalid-input', read.message, 'page');
    const { posting } = read;
    const work = async (q: Queries): Promise<Capture> => {
      const same = await q.sameJob(
        ctx.accountId,
        posting.postingUrl,
        posting.company,
        posting.title,
      );
      if (same !== undefined)
        return { posting, existing: true, opportunity: await capturedView(q, ctx, same) };
      if (input.dryRun) return { posting, existing: false, opportunity: null };
      const appliedOn = input.applied
        ? (input.appliedOn ?? (await methodDayOf(q, ctx)).today.toString())
        : undefined;
      const id = await insertOpportunity(q, ctx, {
        kind: 'job',
        company: posting.company,
        title: posting.title,
        postingUrl: posting.postingUrl ?? undefined,
        source: 'posting',
        appliedOn,
      });
      await q.setPostingDetails(ctx.accountId, id, {
        location: posting.location,
        postedOn: posting.postedOn,
      });
      return { posting, existing: false, opportunity: await capturedView(q, ctx, id) };
    };
    return input.dryRun ? ctx.store.read(work) : ctx.store.transaction(work);
  });
}
