import type { Db, Touch } from './shared.js';

/** What a captured posting adds to an opportunity. */
export interface PostingDetails {
  readonly location: string | null;
  readonly postedOn: string | null;
}

/** The posting details of opportunities, and finding the one a posting already made. */
export function postingQueries(db: Db, touch: Touch) {
  return {
    async postingDetails(accountId: number, id: number): Promise<PostingDetails> {
      const row = await db
        .selectFrom('opportunities')
        .select(['location', 'posted_on'])
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      return { location: row?.location ?? null, postedOn: row?.posted_on ?? null };
    },

    async setPostingDetails(accountId: number, id: number, d: PostingDetails): Promise<void> {
      touch(accountId);
      await db
        .updateTable('opportunities')
        .set({ location: d.location, posted_on: d.postedOn })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },

    /** The first job of an account with this posting address, or this company and title (any case). */
    async sameJob(
      accountId: number,
      postingUrl: string | null,
      company: string,
      title: string,
    ): Promise<number | undefined> {
      const row = await db
        .selectFrom('opportunities as o')
        .leftJoin('companies as co', (j) =>
          j.onRef('co.account_id', '=', 'o.account_id').onRef('co.id', '=', 'o.company_id'),
        )
        .select('o.id')
        .where('o.account_id', '=', accountId)
        .where('o.kind', '=', 'job')
        .where((eb) => {
          const sameName = eb.and([
            eb(eb.fn('lower', ['co.name']), '=', company.toLowerCase()),
            eb(eb.fn('lower', ['o.title']), '=', title.toLowerCase()),
          ]);
          return postingUrl === null
            ? sameName
            : eb.or([eb('o.posting_url', '=', postingUrl), sameName]);
        })
        .orderBy('o.id')
        .executeTakeFirst();
      return row?.id;
    },
  };
}
