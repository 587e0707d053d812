import type { Action, Status } from '../core/plan.js';
import type { OpportunityRecord, StepRecord } from '../store/records.js';
import { dayOf, playbookOf } from './account.js';
import type { AppContext } from './context.js';
import { attempt, type Result } from './result.js';
import { oneOf, optionalLine } from './validate.js';
import { stepLabel } from './views.js';

export const STATUSES: readonly Status[] = ['active', 'interviewing', 'holding', 'closed'];

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

/** `list`: every opportunity, newest first, optionally searched and filtered by status. */
export function listOpportunities(
  ctx: AppContext,
  input: { readonly search?: string | undefined; readonly status?: string | undefined } = {},
): Promise<Result<{ readonly items: readonly OpportunitySummary[] }>> {
  return attempt(() =>
    ctx.store.read(async (q) => {
      const search = optionalLine('search', input.search) ?? undefined;
      const status =
        input.status === undefined ? undefined : oneOf('status', input.status, STATUSES);
      const { settings, today } = await dayOf(q, ctx);
      const date = today.toString();
      const max = playbookOf(settings).maxFollowUps;
      const records = await q.opportunities(ctx.accountId, search === undefined ? {} : { search });
      const firstStep = new Map<number, StepRecord>();
      for (const s of await q.dueSteps(ctx.accountId, '9999-12-31')) {
        if (!firstStep.has(s.opportunityId)) firstStep.set(s.opportunityId, s);
      }
      const items = records
        .map((o): OpportunitySummary => {
          const s = statusOn(o, date);
          const step = s === 'active' || s === 'interviewing' ? firstStep.get(o.id) : undefined;
          return {
            id: String(o.id),
            kind: o.kind,
            company: o.company,
            title: o.title,
            contact: o.contact?.name ?? null,
            status: s,
            followUps: o.cache.followUps,
            heldOn: s === 'holding' ? o.cache.heldOn : null,
            next: step
              ? {
                  label: stepLabel(step.action as Action, step.followUpNumber, max),
                  dueOn: step.dueOn,
                  dueBy: step.dueBy,
                  overdue: date > step.dueBy,
                }
              : null,
          };
        })
        .filter((o) => status === undefined || o.status === status);
      return { items };
    }),
  );
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

/** `contacts`: the people of the job search, by name; the search matches name, e-mail, company and position. */
export function listContacts(
  ctx: AppContext,
  input: { readonly search?: string | undefined } = {},
): Promise<Result<{ readonly items: readonly ContactSummary[] }>> {
  return attempt(() =>
    ctx.store.read(async (q) => {
      const search = optionalLine('search', input.search) ?? undefined;
      const rows = await q.contacts(ctx.accountId, search);
      return {
        items: rows.map((c) => ({
          id: String(c.id),
          name: c.name,
          email: c.email,
          phone: c.phone,
          role: c.role,
          company: c.company,
          opportunities: c.opportunities,
          linkedinUrl: c.linkedinUrl,
          position: c.position,
          connectedOn: c.connectedOn,
          notes: c.notes,
        })),
      };
    }),
  );
}
