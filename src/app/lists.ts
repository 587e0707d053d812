import { STATUSES, type Status } from '../core/names.js';
import type { Action } from '../core/plan.js';
import type { Source } from '../core/progress/words.js';
import type { OpportunityRowOfList } from '../store/queries/pages.js';
import type { OpportunityRecord } from '../store/records.js';
import { dayOf, playbookOf } from './account.js';
import type { AppContext } from './context.js';
import {
  decodeCursor,
  listTotal,
  type Page,
  type PageInput,
  pageLimit,
  pageOf,
  rowsToRead,
  shownRows,
} from './paging.js';
import { type Outcome, outcomesById } from './progress/outcome.js';
import { storedSource } from './progress/source.js';
import { attempt, type Result } from './result.js';
import { oneOf, optionalLine } from './validate.js';
import { stepLabel } from './views.js';

/** An opportunity in a list: who, where, and what comes next. */
export interface OpportunitySummary {
  readonly id: string;
  readonly kind: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly contact: string | null;
  readonly status: Status;
  readonly followUps: number;
  readonly heldOn: string | null;
  /** Where it came from; null if unknown. */
  readonly source: Source | null;
  /** How it closed (offer, rejected, withdrawn); null while open. */
  readonly outcome: Outcome | null;
  readonly next: {
    readonly label: string;
    readonly dueOn: string;
    readonly dueBy: string;
    readonly overdue: boolean;
  } | null;
}

/** The status of a cached opportunity on a day (R3's automatic hold included). */
export function statusOn(o: OpportunityRecord, today: string): Status {
  if (o.cache.closed) return 'closed';
  if (o.cache.heldOn !== null && o.cache.heldOn <= today) return 'holding';
  return o.cache.interviewing ? 'interviewing' : 'active';
}

/** `list`: opportunities, newest first, optionally searched and filtered by status, a page at a time. */
export function listOpportunities(
  ctx: AppContext,
  input: {
    readonly search?: string | undefined;
    readonly status?: string | undefined;
  } & PageInput = {},
): Promise<Result<Page<OpportunitySummary>>> {
  return attempt(() =>
    ctx.store.read(async (q) => {
      const search = optionalLine('search', input.search) ?? undefined;
      const status =
        input.status === undefined ? undefined : oneOf('status', input.status, STATUSES);
      const limit = pageLimit(input);
      const after = decodeCursor('opportunities', input.cursor, ['id']);
      const { settings, today } = await dayOf(q, ctx);
      const date = today.toString();
      const max = playbookOf(settings).maxFollowUps;
      const filter = { search, status, today: date };
      const rows = await q.opportunityPage(ctx.accountId, filter, {
        after: after?.[0] as number | undefined,
        limit: rowsToRead(limit),
      });
      const total = await listTotal(rows, limit, after, () =>
        q.opportunityCount(ctx.accountId, filter),
      );
      const shown = shownRows(rows, limit);
      // How each closed one closed, and what comes next for the others: read for this page only.
      const outcomes = outcomesById(
        await q.decisionEvents(
          ctx.accountId,
          shown.filter((o) => o.closed !== 0).map((o) => o.id),
        ),
      );
      const steps = await q.firstSteps(
        ctx.accountId,
        shown.map((o) => o.id),
      );
      return pageOf(
        'opportunities',
        rows,
        limit,
        total,
        (o) => [o.id],
        (o): OpportunitySummary => {
          const s = statusOf(o, date);
          const step = s === 'active' || s === 'interviewing' ? steps.get(o.id) : undefined;
          return {
            id: String(o.id),
            kind: o.kind,
            company: o.company,
            title: o.title,
            contact: o.contact,
            status: s,
            followUps: o.followUps,
            heldOn: s === 'holding' ? o.heldOn : null,
            source: storedSource(o.source),
            outcome: s === 'closed' ? (outcomes.get(o.id) ?? null) : null,
            next: step
              ? {
                  label: stepLabel(step.action as Action, step.followUpNumber, max),
                  dueOn: step.dueOn,
                  dueBy: step.dueBy,
                  overdue: date > step.dueBy,
                }
              : null,
          };
        },
      );
    }),
  );
}

/** The status of a listed opportunity on a day, as `statusOn` reads a full record. */
function statusOf(o: OpportunityRowOfList, today: string): Status {
  if (o.closed) return 'closed';
  if (o.heldOn !== null && o.heldOn <= today) return 'holding';
  return o.interviewing ? 'interviewing' : 'active';
}

export interface ContactSummary {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly role: string | null;
  readonly company: string | null;
  readonly opportunities: number;
  /** Their LinkedIn profile (imports keep it as https://www.linkedin.com/in/<name>). */
  readonly linkedinUrl: string | null;
  /** Their job title at their company (free text; `role` is their part in your search). */
  readonly position: string | null;
  /** ISO date you connected (LinkedIn's "Connected On"). */
  readonly connectedOn: string | null;
  readonly notes: string | null;
}

/** `contacts`: the people of the job search, by name, a page at a time; the search matches name, e-mail, company and position. */
export function listContacts(
  ctx: AppContext,
  input: { readonly search?: string | undefined } & PageInput = {},
): Promise<Result<Page<ContactSummary>>> {
  return attempt(() =>
    ctx.store.read(async (q) => {
      const search = optionalLine('search', input.search) ?? undefined;
      const limit = pageLimit(input);
      const after = decodeCursor('contacts', input.cursor, ['string', 'id']);
      const rows = await q.contactPage(ctx.accountId, search, {
        after: after && { nameKey: String(after[0]), id: Number(after[1]) },
        limit: rowsToRead(limit),
      });
      const total = await listTotal(rows, limit, after, () =>
        q.contactCount(ctx.accountId, search),
      );
      const shown = shownRows(rows, limit);
      const counts = await q.opportunityCounts(
        ctx.accountId,
        shown.map((c) => c.id),
      );
      return pageOf(
        'contacts',
        rows,
        limit,
        total,
        (c) => [c.nameKey, c.id],
        (c): ContactSummary => ({
          id: String(c.id),
          name: c.name,
          email: c.email,
          phone: c.phone,
          role: c.role,
          company: c.company,
          opportunities: counts.get(c.id) ?? 0,
          linkedinUrl: c.linkedinUrl,
          position: c.position,
          connectedOn: c.connectedOn,
          notes: c.notes,
        }),
      );
    }),
  );
}
