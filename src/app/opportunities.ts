import { CONTACT_ROLES, type ContactRole } from '../core/names.js';
import { planOn, schedule } from '../core/plan.js';
import type { Queries } from '../store/queries.js';
import type { OpportunityRecord } from '../store/records.js';
import { latestInterview, rebuildCaches, refreshCache, timelineEvent } from './cache.js';
import type { AppContext } from './context.js';
import { methodDayOf } from './method-settings.js';
import { optionalSource } from './progress/source.js';
import { attempt, type Result, refuse } from './result.js';
import {
  idNumber,
  isoDate,
  optionalEmail,
  optionalLine,
  optionalNote,
  optionalPhone,
  optionalUrl,
  quote,
  requiredLine,
} from './validate.js';
import { type OpportunityView, opportunityView } from './views.js';

export interface ContactInput {
  readonly name?: string | null | undefined;
  readonly email?: string | null | undefined;
  readonly phone?: string | null | undefined;
  readonly role?: string | null | undefined;
}

export interface AddOpportunityInput {
  readonly kind: string;
  readonly company?: string | undefined;
  readonly title?: string | undefined;
  readonly contact?: ContactInput | undefined;
  readonly postingUrl?: string | undefined;
  readonly notes?: string | undefined;
  /** posting, referral, networking, recruiter or other; absent is unknown. */
  readonly source?: string | undefined;
  /** Also logs the start of the cadence (`applied` for a job, `reached-out` for networking) on this date. */
  readonly appliedOn?: string | undefined;
}

function contactRole(value: string | null | undefined): ContactRole | null {
  const role = optionalLine('contact-role', value);
  if (role === null) return null;
  const normal = role.toLowerCase();
  if (!(CONTACT_ROLES as readonly string[]).includes(normal)) {
    refuse(
      'invalid-input',
      `contact-role: ${quote(role)} is not a role; use one of ${CONTACT_ROLES.join(', ')}`,
      'contact-role',
    );
  }
  return normal as ContactRole;
}

/** The opportunity of a typed id, or a refusal naming the id. */
export async function findOpportunity(
  q: Queries,
  accountId: number,
  id: string,
): Promise<OpportunityRecord> {
  const n = idNumber(id);
  const found = n === undefined ? undefined : await q.opportunity(accountId, n);
  if (!found) {
    refuse(
      'unknown-opportunity',
      `unknown opportunity ${quote(String(id))}: no opportunity has this id`,
      'opportunity',
      'ids are the numbers that "list" shows',
    );
  }
  return found;
}

/** Refuses an edit made on another version of the opportunity than the current one. */
export function checkVersion(o: OpportunityRecord, version: number | undefined): void {
  if (version !== undefined && version !== o.version) {
    refuse(
      'stale-version',
      `opportunity ${o.id} changed since version ${version} (now ${o.version}); reload it and edit again`,
      'version',
    );
  }
}

/** An opportunity as of today: the plan comes from its full timeline. */
export async function viewOpportunity(
  q: Queries,
  ctx: AppContext,
  id: number,
): Promise<OpportunityView> {
  const { settings, method, today } = await methodDayOf(q, ctx);
  const record = await q.opportunity(ctx.accountId, id);
  if (!record) throw new Error(`opportunity ${id} vanished inside its transaction`);
  const events = await q.events(ctx.accountId, id);
  const planned = planOn(schedule(events.map(timelineEvent), method), today);
  const interviewOn =
    planned.status === 'interviewing' ? (latestInterview(events)?.date ?? null) : null;
  return opportunityView(
    record,
    events,
    planned,
    settings,
    method.playbook.maxFollowUps,
    interviewOn,
    today.toString(),
    await q.inboxOrigins(
      ctx.accountId,
      events.map((e) => e.id),
    ),
  );
}

/** Creates the contact of an opportunity, or reuses the one of the same name at the same company. */
async function saveContact(
  q: Queries,
  accountId: number,
  input: ContactInput,
  companyId: number | null,
  name: string | null,
): Promise<number | null> {
  const email = optionalEmail('contact-email', input.email);
  const phone = optionalPhone('contact-phone', input.phone);
  const role = contactRole(input.role);
  if (name === null) {
    if (email || phone || role) {
      refuse(
        'invalid-input',
        "contact: a contact e-mail, phone or role needs the contact's name too",
        'contact',
      );
    }
    return null;
  }
  const same = (await q.contacts(accountId, name)).find(
    (c) => c.name.toLowerCase() === name.toLowerCase() && c.companyId === companyId,
  );
  const contact = { name, email, phone, role, companyId };
  if (!same) return q.insertContact(accountId, contact);
  await q.updateContact(accountId, same.id, {
    name,
    email: email ?? same.email,
    phone: phone ?? same.phone,
    role: role ?? same.role,
    companyId,
  });
  return same.id;
}

/** `add job` and `add networking`: a new opportunity with its primary contact. */
export function addOpportunity(
  ctx: AppContext,
  input: AddOpportunityInput,
): Promise<Result<OpportunityView>> {
  return attempt(() =>
    ctx.store.transaction(async (q) =>
      viewOpportunity(q, ctx, await insertOpportunity(q, ctx, input)),
    ),
  );
}

/** Writes a new opportunity (and its start event) inside the caller's transaction; its id. */
export async function insertOpportunity(
  q: Queries,
  ctx: AppContext,
  input: AddOpportunityInput,
): Promise<number> {
  const kind = input.kind === 'job' || input.kind === 'networking' ? input.kind : null;
  if (!kind)
    refuse(
      'invalid-input',
      `kind: ${quote(input.kind)} is not a kind of opportunity; use job or networking`,
      'kind',
    );
  const company =
    kind === 'job'
      ? requiredLine('company', input.company, 'the company')
      : optionalLine('company', input.company);
  const title =
    kind === 'job'
      ? requiredLine('title', input.title, 'the job title')
      : optionalLine('title', input.title);
  const contactName =
    kind === 'networking'
      ? requiredLine('contact', input.contact?.name, "the person's name")
      : optionalLine('contact', input.contact?.name);
  const postingUrl = optionalUrl('url', input.postingUrl);
  const notes = optionalNote('notes', input.notes);
  const source = optionalSource('source', input.source);
  const companyId = company === null ? null : await q.companyId(ctx.accountId, company);
  const contactId = await saveContact(
    q,
    ctx.accountId,
    input.contact ?? {},
    companyId,
    contactName,
  );
  const id = await q.insertOpportunity(ctx.accountId, {
    kind,
    companyId,
    title,
    contactId,
    postingUrl,
    notes,
    source,
  });
  if (input.appliedOn !== undefined) {
    const date = isoDate('appliedOn', input.appliedOn).toString();
    const type = kind === 'job' ? 'applied' : 'reached-out';
    await q.insertEvent(ctx.accountId, {
      opportunityId: id,
      type,
      date,
      at: null,
      until: null,
      note: null,
    });
    await refreshCache(q, ctx.accountId, id, (await methodDayOf(q, ctx)).method);
  }
  return id;
}

export function showOpportunity(ctx: AppContext, id: string): Promise<Result<OpportunityView>> {
  return attempt(() =>
    ctx.store.read(async (q) =>
      viewOpportunity(q, ctx, (await findOpportunity(q, ctx.accountId, id)).id),
    ),
  );
}

export interface EditOpportunityInput {
  readonly id: string;
  /** The version the edit was made on; a different current version refuses it. */
  readonly version?: number | undefined;
  readonly company?: string | null | undefined;
  readonly title?: string | null | undefined;
  readonly contact?: ContactInput | undefined;
  readonly postingUrl?: string | null | undefined;
  readonly notes?: string | null | undefined;
  /** A source, or "" / null to make it unknown. */
  readonly source?: string | null | undefined;
}

/** Changes what was typed about an opportunity and its primary contact; an empty text clears a field. */
export function editOpportunity(
  ctx: AppContext,
  input: EditOpportunityInput,
): Promise<Result<OpportunityView>> {
  return attempt(() =>
    ctx.store.transaction(async (q) => {
      const o = await findOpportunity(q, ctx.accountId, input.id);
      checkVersion(o, input.version);
      const company =
        input.company === undefined
          ? o.company
          : o.kind === 'job'
            ? requiredLine('company', input.company, 'the company')
            : optionalLine('company', input.company);
      const title =
        input.title === undefined
          ? o.title
          : o.kind === 'job'
            ? requiredLine('title', input.title, 'the job title')
            : optionalLine('title', input.title);
      const companyId = company === null ? null : await q.companyId(ctx.accountId, company);
      let contactId = o.contact?.id ?? null;
      const c = input.contact;
      if (c && Object.values(c).some((v) => v !== undefined)) {
        const name =
          c.name === undefined
            ? (o.contact?.name ?? null)
            : o.kind === 'networking'
              ? requiredLine('contact', c.name, "the person's name")
              : optionalLine('contact', c.name);
        const pick = (value: string | null | undefined, old: string | null | undefined) =>
          value === undefined ? (old ?? null) : value;
        const merged = {
          name,
          email: pick(c.email, o.contact?.email),
          phone: pick(c.phone, o.contact?.phone),
          role: pick(c.role, o.contact?.role),
        };
        // Renaming a person other opportunities share means this one now has someone else.
        const someoneElse =
          o.contact !== null &&
          name !== null &&
          name.toLowerCase() !== o.contact.name.toLowerCase() &&
          (await q.contactUses(ctx.accountId, o.contact.id)) > 1;
        if (o.contact && name !== null && !someoneElse) {
          await q.updateContact(ctx.accountId, o.contact.id, {
            name,
            email: optionalEmail('contact-email', merged.email),
            phone: optionalPhone('contact-phone', merged.phone),
            role: contactRole(merged.role),
            companyId: o.contact.companyId ?? companyId,
          });
        } else {
          contactId = await saveContact(q, ctx.accountId, merged, companyId, name);
        }
      }
      await q.updateOpportunity(ctx.accountId, o.id, {
        companyId,
        title,
        contactId,
        postingUrl:
          input.postingUrl === undefined ? o.postingUrl : optionalUrl('url', input.postingUrl),
        notes: input.notes === undefined ? o.notes : optionalNote('notes', input.notes),
        source: input.source === undefined ? o.source : optionalSource('source', input.source),
      });
      return viewOpportunity(q, ctx, o.id);
    }),
  );
}

/** Deletes an opportunity and its whole timeline; `version`: the one the deletion was decided on. */
export function deleteOpportunity(
  ctx: AppContext,
  id: string,
  version?: number | undefined,
): Promise<Result<{ id: string }>> {
  return attempt(() =>
    ctx.store.transaction(async (q) => {
      const o = await findOpportunity(q, ctx.accountId, id);
      checkVersion(o, version);
      await q.deleteOpportunity(ctx.accountId, o.id);
      return { id: String(o.id) };
    }),
  );
}

/** Recomputes every next-due cache of the account from the timelines. */
export function rebuildAllCaches(ctx: AppContext): Promise<number> {
  return ctx.store.transaction(async (q) =>
    rebuildCaches(q, ctx.accountId, (await methodDayOf(q, ctx)).method),
  );
}
