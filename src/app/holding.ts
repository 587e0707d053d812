import { dayOf } from './account.js';
import type { AppContext } from './context.js';
import {
  decodeCursor,
  listTotal,
  type Page,
  type PageInput,
  pageLimit,
  pageOf,
  rowsToRead,
} from './paging.js';
import { attempt, type Result } from './result.js';

export interface HoldingItem {
  readonly opportunityId: string;
  readonly heldOn: string;
  readonly kind: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly contact: string | null;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
  readonly followUps: number;
}

/** `holding`: what is parked (R3), latest first, so it stays findable; a page at a time. */
export function holdingPage(
  ctx: AppContext,
  input: PageInput = {},
): Promise<Result<Page<HoldingItem>>> {
  return attempt(() =>
    ctx.store.read(async (q) => {
      const limit = pageLimit(input);
      const after = decodeCursor('holding', input.cursor, ['string', 'id']);
      const { today } = await dayOf(q, ctx);
      const date = today.toString();
      const rows = await q.heldPage(ctx.accountId, date, {
        after: after && { heldOn: String(after[0]), id: Number(after[1]) },
        limit: rowsToRead(limit),
      });
      const total = await listTotal(rows, limit, after, () => q.heldCount(ctx.accountId, date));
      return pageOf(
        'holding',
        rows,
        limit,
        total,
        (o) => [o.heldOn, o.id],
        (o): HoldingItem => ({
          opportunityId: String(o.id),
          heldOn: o.heldOn,
          kind: o.kind,
          company: o.company,
          title: o.title,
          contact: o.contact,
          contactPhone: o.contactPhone,
          contactEmail: o.contactEmail,
          followUps: o.followUps,
        }),
      );
    }),
  );
}

/** The whole holding file (the command line, the morning e-mail). */
export async function holding(ctx: AppContext): Promise<Page<HoldingItem>> {
  const page = await holdingPage(ctx);
  if (!page.ok) throw new Error(page.message);
  return page.value;
}
