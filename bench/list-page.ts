// The first page of GET /api/opportunities in process (the Pipeline list's 60 rows, with its
// total, statuses and next steps), against its floor: the same 60 rows read by an index scan
// with better-sqlite3 alone and turned into JSON.
import Database from 'better-sqlite3';
import type { AppContext } from '../src/app/context.js';
import { listOpportunities } from '../src/app/lists.js';
import { type Line, quantile, timeRuns } from './stats.js';

/** The web app's page length (web/src/paged-queries.ts). */
const PAGE = 60;

const FLOOR_SQL = `
  select o.id, o.kind, co.name as company, o.title, c.name as contact, o.closed,
         o.interviewing, o.held_on, o.follow_ups, o.source
  from opportunities o
  left join companies co on co.account_id = o.account_id and co.id = o.company_id
  left join contacts c on c.account_id = o.account_id and c.id = o.contact_id
  where o.account_id = ?
  order by o.id desc
  limit ?`;

export async function benchListPage(ctx: AppContext, file: string): Promise<Line[]> {
  const page = await timeRuns(50, 5, async () => {
    const result = await listOpportunities(ctx, { limit: PAGE });
    if (!result.ok) throw new Error(result.message);
    if (result.value.items.length !== PAGE) throw new Error('the first page is not full');
    return JSON.stringify(result.value);
  });
  const db = new Database(file, { readonly: true });
  const scan = db.prepare(FLOOR_SQL);
  const floorTimes = await timeRuns(50, 5, () => JSON.stringify(scan.all(ctx.accountId, PAGE)));
  db.close();
  const floor = quantile(floorTimes, 0.5);
  return [
    {
      name: 'first page of opportunities (in process)',
      median: quantile(page, 0.5),
      p95: quantile(page, 0.95),
      target: 20,
    },
    {
      name: 'its floor: index scan + JSON.stringify',
      median: floor,
      p95: quantile(floorTimes, 0.95),
    },
    {
      name: 'first page of opportunities / its floor',
      median: quantile(page, 0.5) / floor,
      p95: quantile(page, 0.95) / floor,
      unit: 'x',
    },
  ];
}
