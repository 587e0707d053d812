import type { AppContext } from './context.js';
import { findOpportunity } from './opportunities.js';
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
import { attempt, type Result } from './result.js';
import { type EventView, eventView } from './views.js';

/**
 * An opportunity's events, newest first (by date, then order of entry), a page at a time:
 * for an opportunity with years of logged calls and mails. Another account's opportunity is
 * not found, as one that does not exist.
 */
export function listEvents(
  ctx: AppContext,
  input: { readonly opportunity: string } & PageInput,
): Promise<Result<Page<EventView>>> {
  return attempt(() =>
    ctx.store.read(async (q) => {
      const { id } = await findOpportunity(q, ctx.accountId, input.opportunity);
      const limit = pageLimit(input);
      const after = decodeCursor('events', input.cursor, ['string', 'id']);
      const rows = await q.eventPage(ctx.accountId, id, {
        after: after && { date: String(after[0]), id: Number(after[1]) },
        limit: rowsToRead(limit),
      });
      const total = await listTotal(rows, limit, after, () => q.eventCount(ctx.accountId, id));
      const shown = shownRows(rows, limit);
      const origins = await q.inboxOrigins(
        ctx.accountId,
        shown.map((e) => e.id),
      );
      return pageOf(
        'events',
        rows,
        limit,
        total,
        (e) => [e.date, e.id],
        (e) => eventView(e, origins.get(e.id) ?? null),
      );
    }),
  );
}
