import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inboxDeps } from '../../../mail/inbox-deps.js';
import { type Dovecot, startDovecot } from '../../../mail/test-support/dovecot.js';
import { addJob, must, type TestApp, testApp } from '../../test-support/test-app.js';
import { connectInbox } from '../connection.js';
import type { InboxDeps } from '../deps.js';

/** An account with two opportunities, a real dovecot, and a mailbox connected to it. */
export interface InboxFixture {
  readonly app: TestApp;
  readonly server: Dovecot;
  readonly deps: InboxDeps;
  /** Jane Doe at Acme (jane.doe@acme.example, typed in upper case). */
  readonly acme: string;
  /** Chen Wei (a gmail.com address). */
  readonly chen: string;
  /** The folder the secret key file lives in. */
  readonly dataDir: string;
  close(): Promise<void>;
}

/** A delivery moment inside the fixture's --since window. */
export const DELIVERED = new Date('2026-12-01T15:00:00Z');

export async function inboxFixture(options: { connect?: boolean } = {}): Promise<InboxFixture> {
  const server = await startDovecot();
  const app = await testApp({ now: '2026-12-01T12:00:00-06:00' });
  const dataDir = mkdtempSync(join(tmpdir(), 'je-inbox-key-'));
  const deps = inboxDeps({}, dataDir);
  const acme = await addJob(app, {
    company: 'Acme',
    contact: { name: 'Jane Doe', email: 'JANE.DOE@ACME.EXAMPLE' },
  });
  const chen = await addJob(app, {
    kind: 'networking',
    company: 'Globex',
    contact: { name: 'Chen Wei', email: 'chen.wei@gmail.com' },
  });
  if (options.connect !== false) {
    must(
      await connectInbox(app.ctx, deps, {
        imapUrl: server.url,
        password: server.password,
        since: '2026-11-01',
      }),
    );
  }
  return {
    app,
    server,
    deps,
    acme: acme.id,
    chen: chen.id,
    dataDir,
    async close() {
      await app.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
