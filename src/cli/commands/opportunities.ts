import { listContacts, listOpportunities } from '../../app/lists.js';
import {
  addOpportunity,
  deleteOpportunity,
  editOpportunity,
  showOpportunity,
} from '../../app/opportunities.js';
import { safe } from '../io.js';
import { contactRow, contactsHeader, listHeader, listRow, renderOpportunity } from '../render.js';
import { finish, type Run, withApp } from '../run-command.js';
import { streamList } from '../stream-list.js';

export interface ContactFlags {
  readonly contact?: string;
  readonly contactEmail?: string;
  readonly contactPhone?: string;
  readonly contactRole?: string;
}

export interface AddFlags extends ContactFlags {
  readonly company?: string;
  readonly title?: string;
  readonly url?: string;
  readonly notes?: string;
  readonly source?: string;
}

function contactOf(flags: ContactFlags) {
  return {
    name: flags.contact,
    email: flags.contactEmail,
    phone: flags.contactPhone,
    role: flags.contactRole,
  };
}

export function add(run: Run, kind: 'job' | 'networking', flags: AddFlags): Promise<number> {
  return withApp(run, async (ctx) => {
    const result = await addOpportunity(ctx, {
      kind,
      company: flags.company,
      title: flags.title,
      contact: contactOf(flags),
      postingUrl: flags.url,
      notes: flags.notes,
      source: flags.source,
    });
    return finish(run, result, (o) =>
      [run.io.color.green(`Added #${o.id}.`), '', renderOpportunity(run.io, o)].join('\n'),
    );
  });
}

export function show(run: Run, id: string): Promise<number> {
  return withApp(run, async (ctx) => {
    const result = await showOpportunity(ctx, id);
    return finish(run, result, (o) => renderOpportunity(run.io, o));
  });
}

export function edit(
  run: Run,
  id: string,
  flags: AddFlags & { readonly version?: string },
): Promise<number> {
  return withApp(run, async (ctx) => {
    const version = flags.version === undefined ? undefined : Number(flags.version);
    const result = await editOpportunity(ctx, {
      id,
      version: version !== undefined && Number.isInteger(version) ? version : undefined,
      company: flags.company,
      title: flags.title,
      contact: contactOf(flags),
      postingUrl: flags.url,
      notes: flags.notes,
      source: flags.source,
    });
    return finish(run, result, (o) =>
      [run.io.color.green(`Saved #${o.id}.`), '', renderOpportunity(run.io, o)].join('\n'),
    );
  });
}

export function remove(run: Run, id: string, flags: { readonly yes?: boolean }): Promise<number> {
  return withApp(run, async (ctx) => {
    if (!flags.yes) {
      const shown = await showOpportunity(ctx, id);
      if (!shown.ok) return finish(run, shown, () => '');
      run.io.stderr(
        `error: this deletes #${shown.value.id} and its ${shown.value.events.length} events for good; run again with --yes to confirm`,
      );
      return 1;
    }
    const result = await deleteOpportunity(ctx, id);
    return finish(
      run,
      result,
      (r) => `Deleted #${safe(r.id)}.`,
      (r) => ({ deleted: r.id }),
    );
  });
}

export function list(
  run: Run,
  flags: { readonly search?: string; readonly status?: string },
): Promise<number> {
  return withApp(run, async (ctx) => {
    const filter = { search: flags.search, status: flags.status };
    return streamList(run, (page) => listOpportunities(ctx, { ...filter, ...page }), {
      empty: 'No opportunities found.',
      header: (total) => listHeader(run.io, total),
      row: (o) => listRow(run.io, o),
    });
  });
}

export function contacts(run: Run, flags: { readonly search?: string }): Promise<number> {
  return withApp(run, async (ctx) => {
    return streamList(run, (page) => listContacts(ctx, { search: flags.search, ...page }), {
      empty: 'No contacts found.',
      header: (total) => contactsHeader(run.io, total),
      row: (c) => contactRow(run.io, c),
    });
  });
}
