import { dayOf } from './account.js';
import type { AppContext } from './context.js';

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

/** `holding`: what is parked (R3), latest first, so it stays findable. */
export async function holding(
  ctx: AppContext,
): Promise<{ readonly items: readonly HoldingItem[] }> {
  return ctx.store.read(async (q) => {
    const { today } = await dayOf(q, ctx);
    const held = await q.held(ctx.accountId, today.toString());
    return {
      items: held.map((o) => ({
        opportunityId: String(o.id),
        heldOn: o.cache.heldOn ?? today.toString(),
        kind: o.kind,
        company: o.company,
        title: o.title,
        contact: o.contact?.name ?? null,
        contactPhone: o.contact?.phone ?? null,
        contactEmail: o.contact?.email ?? null,
        followUps: o.cache.followUps,
      })),
    };
  });
}
