import type { SettingsRecord } from '../records.js';
import { insertSettings } from './accounts.js';
import { type Db, stamp } from './shared.js';

/** An account someone signs in to. */
export interface PersonRecord {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly createdAt: string;
}

export interface NewPerson {
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly passwordHash: string | null;
}

const PERSON = ['id', 'email', 'display_name as name', 'role', 'created_at as createdAt'] as const;

function personOf(row: {
  id: number;
  email: string | null;
  name: string | null;
  role: string;
  createdAt: string;
}): PersonRecord {
  return { ...row, email: row.email ?? '', name: row.name ?? '' };
}

/** The accounts people sign in to: those with an e-mail address. */
export function peopleQueries(db: Db) {
  return {
    /** Every account with an address, oldest first. */
    async people(): Promise<PersonRecord[]> {
      const rows = await db
        .selectFrom('accounts')
        .select(PERSON)
        .where('email', 'is not', null)
        .orderBy('id')
        .execute();
      return rows.map(personOf);
    },

    async personByEmail(email: string): Promise<PersonRecord | undefined> {
      const row = await db
        .selectFrom('accounts')
        .select(PERSON)
        .where('email', '=', email)
        .executeTakeFirst();
      return row && personOf(row);
    },

    async person(accountId: number): Promise<PersonRecord | undefined> {
      const row = await db
        .selectFrom('accounts')
        .select(PERSON)
        .where('id', '=', accountId)
        .where('email', 'is not', null)
        .executeTakeFirst();
      return row && personOf(row);
    },

    /** The stored password hash of an address, if it has an account and a password. */
    async passwordHash(accountId: number): Promise<string | null> {
      const row = await db
        .selectFrom('accounts')
        .select('password_hash')
        .where('id', '=', accountId)
        .executeTakeFirst();
      return row?.password_hash ?? null;
    },

    async setPasswordHash(accountId: number, hash: string | null): Promise<void> {
      await db
        .updateTable('accounts')
        .set({ password_hash: hash })
        .where('id', '=', accountId)
        .execute();
    },

    async updatePerson(accountId: number, p: { name: string; email: string }): Promise<void> {
      await db
        .updateTable('accounts')
        .set({ display_name: p.name, email: p.email, name: p.email })
        .where('id', '=', accountId)
        .execute();
    },

    /**
     * A new account with its settings. The local account of the personal mode,
     * while no one has an address yet, becomes the first account instead: its
     * data stays with the person who now signs in to it.
     */
    async insertPerson(p: NewPerson, defaults: SettingsRecord): Promise<number> {
      const values = {
        name: p.email,
        email: p.email,
        display_name: p.name,
        role: p.role,
        password_hash: p.passwordHash,
      };
      const named = await db
        .selectFrom('accounts')
        .select('id')
        .where('email', 'is not', null)
        .limit(1)
        .executeTakeFirst();
      if (!named) {
        const local = await db
          .updateTable('accounts')
          .set(values)
          .where('name', '=', 'local')
          .where('email', 'is', null)
          .returning('id')
          .executeTakeFirst();
        if (local) return local.id;
      }
      const { id } = await db
        .insertInto('accounts')
        .values({ ...values, created_at: stamp() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await insertSettings(db, id, defaults);
      return id;
    },

    /** Deletes an account and, by the foreign keys' cascade, every row of it. */
    async deletePerson(accountId: number): Promise<void> {
      await db.deleteFrom('accounts').where('id', '=', accountId).execute();
    },
  };
}
