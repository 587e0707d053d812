import { invite, newGroupLink } from '../../app/accounts/invitations.js';
import { addAccount, listAccounts, removeAccount } from '../../app/accounts/people.js';
import { createToken, listTokens, revokeToken } from '../../app/accounts/tokens.js';
import { type ClientRow, clients, revokeShare, share, sharing } from '../../app/sharing/grants.js';
import { invitationMail, sendAccountMail } from '../../mail/account-mail.js';
import { smtpFromEnvironment } from '../../mail/smtp-env.js';
import { clockOf, openStoreOf } from '../../wiring/open-app.js';
import { publicUrlOf } from '../../wiring/public-url.js';
import { UsageError } from '../../wiring/usage-error.js';
import { safe } from '../io.js';
import { finish, type Run, withApp } from '../run-command.js';

async function withStore<T>(
  run: Run,
  work: (store: Awaited<ReturnType<typeof openStoreOf>>) => Promise<T>,
) {
  const store = await openStoreOf(run.options, run.env);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** The first line of standard input, without its line ending. */
async function firstLineOfStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new UsageError(
      '--password-stdin: pipe the password in, e.g. printf %s "$PASSWORD" | justenough accounts add ...',
    );
  }
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n') || text.length > 4096) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

export async function addAccountCommand(
  run: Run,
  flags: { email?: string; name?: string; role?: string; passwordStdin?: boolean },
): Promise<number> {
  const password = flags.passwordStdin ? await firstLineOfStdin() : undefined;
  return withStore(run, async (store) => {
    const zone = run.env.TZ && run.env.TZ !== '' ? run.env.TZ : undefined;
    const result = await addAccount(store, { ...flags, password, timeZone: zone });
    return finish(
      run,
      result,
      (a) => `Added ${safe(a.email)} (${safe(a.name)}, ${a.role}), id ${a.id}.`,
    );
  });
}

export function listAccountsCommand(run: Run): Promise<number> {
  return withStore(run, async (store) => {
    const people = await listAccounts(store);
    if (run.options.json) {
      run.io.stdout(JSON.stringify({ accounts: people }, null, 2));
      return 0;
    }
    run.io.stdout(
      people.length === 0
        ? 'No accounts yet: the database runs in personal mode. Add one with: justenough accounts add --email E --name N'
        : people.map((p) => `${p.id}  ${safe(p.email)}  ${safe(p.name)}  ${p.role}`).join('\n'),
    );
    return 0;
  });
}

export async function removeAccountCommand(
  run: Run,
  flags: { email?: string; yes?: boolean },
): Promise<number> {
  if (!flags.yes) {
    const asked = run.io.confirm
      ? await run.io.confirm(`Delete ${flags.email} and all of its data?`)
      : false;
    if (!asked)
      throw new UsageError(
        'accounts remove deletes everything of the account: add --yes to confirm',
      );
  }
  return withStore(run, async (store) => {
    const result = await removeAccount(store, flags.email ?? '');
    return finish(run, result, (a) => `Deleted ${safe(a.email)} and all of its data.`);
  });
}

export function createTokenCommand(run: Run, flags: { name?: string }): Promise<number> {
  return withApp(run, async (ctx) => {
    const result = await createToken(ctx.store, ctx.accountId, flags.name);
    return finish(
      run,
      result,
      (t) => `${t.token}\nToken ${t.id} (${safe(t.name)}): copy it now, it is not shown again.`,
      (t) => ({ id: t.id, token: t.token, name: t.name }),
    );
  });
}

export function listTokensCommand(run: Run): Promise<number> {
  return withApp(run, async (ctx) => {
    const tokens = await listTokens(ctx.store, ctx.accountId);
    run.io.stdout(
      run.options.json
        ? JSON.stringify({ tokens }, null, 2)
        : tokens.length === 0
          ? 'No tokens. Make one with: justenough tokens create --name LABEL'
          : tokens
              .map(
                (t) =>
                  `${t.id}  ${safe(t.name)}  created ${t.createdAt.slice(0, 10)}  last used ${t.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? 'never'}`,
              )
              .join('\n'),
    );
    return 0;
  });
}

export function revokeTokenCommand(run: Run, id: string): Promise<number> {
  return withApp(run, async (ctx) =>
    finish(run, await revokeToken(ctx.store, ctx.accountId, id), (t) => `Token ${t.id} revoked.`),
  );
}

export function shareCommand(
  run: Run,
  flags: { coach?: string; scope?: string; until?: string },
): Promise<number> {
  return withApp(run, async (ctx) => {
    const result = await share(ctx.store, ctx.accountId, clockOf(run.options, run.env), flags);
    return finish(
      run,
      result,
      (g) =>
        `Sharing ${g.scope} with ${safe(g.coach)}${g.until ? ` until ${g.until}` : ' until you revoke it'}.`,
    );
  });
}

export function listSharesCommand(run: Run): Promise<number> {
  return withApp(run, async (ctx) => {
    const view = await sharing(ctx.store, ctx.accountId, ctx.clock);
    if (run.options.json) {
      run.io.stdout(JSON.stringify(view, null, 2));
      return 0;
    }
    const lines = view.grants.map(
      (g) =>
        `${safe(g.coach)}  ${g.scope}  ${g.until ? `until ${g.until}` : 'until revoked'}${g.active ? '' : ' (ended)'}`,
    );
    if (lines.length === 0) lines.push('You share with no one.');
    if (view.accessLog.length > 0) {
      lines.push('', 'Latest reads:');
      for (const a of view.accessLog.slice(0, 10))
        lines.push(`  ${a.at.slice(0, 16).replace('T', ' ')}  ${safe(a.coach)}  ${a.what}`);
    }
    run.io.stdout(lines.join('\n'));
    return 0;
  });
}

export function revokeShareCommand(run: Run, coach: string): Promise<number> {
  return withApp(run, async (ctx) =>
    finish(
      run,
      await revokeShare(ctx.store, ctx.accountId, coach),
      (r) => `No longer sharing with ${safe(r.coach)}.`,
    ),
  );
}

const clientLine = (c: ClientRow) =>
  `${safe(c.name)} <${safe(c.email)}>  ${c.scope}  this week ${c.thisWeek.onTime}/${c.thisWeek.done} on time  overdue ${c.overdue}  active ${c.pipeline.active} interviewing ${c.pipeline.interviewing} holding ${c.pipeline.holding} closed ${c.pipeline.closed}  last ${c.lastActivity ?? 'none'}  next interview ${c.nextInterview?.date ?? 'none'}`;

export function clientsCommand(run: Run): Promise<number> {
  return withApp(run, async (ctx) => {
    const view = await clients(ctx.store, ctx.accountId, ctx.clock);
    run.io.stdout(
      run.options.json
        ? JSON.stringify(view, null, 2)
        : view.clients.length === 0
          ? 'No one shares with you yet.'
          : view.clients.map(clientLine).join('\n'),
    );
    return 0;
  });
}

/** The web app's address for the links of invitations: --public-url, else $JUSTENOUGH_PUBLIC_URL. */
function appUrlOf(run: Run, flag: string | undefined): string {
  const text = flag ?? run.env.JUSTENOUGH_PUBLIC_URL;
  if (!text) {
    throw new UsageError(
      '--public-url: the address people open the web app at, for the link (e.g. https://je.example.org; also $JUSTENOUGH_PUBLIC_URL)',
    );
  }
  const url = publicUrlOf(text, flag === undefined ? '$JUSTENOUGH_PUBLIC_URL' : '--public-url');
  return url.origin;
}

const signUpLink = (origin: string, secret: string) =>
  `${origin}/sign-up?invitation=${encodeURIComponent(secret)}`;

/** `accounts invite`: a coach or an admin invites someone by e-mail (the deployment's SMTP). */
export function inviteCommand(
  run: Run,
  flags: { email?: string; role?: string; publicUrl?: string },
): Promise<number> {
  const origin = appUrlOf(run, flags.publicUrl);
  return withApp(run, async (ctx) => {
    const made = await invite(ctx.store, ctx.accountId, flags);
    if (!made.ok) return finish(run, made, () => '');
    const link = signUpLink(origin, made.value.secret);
    const sent = await sendAccountMail(
      smtpFromEnvironment(run.env),
      invitationMail(made.value.email, made.value.inviterName, link),
    );
    return finish(run, { ok: true, value: { email: made.value.email, sent, link } }, (v) =>
      v.sent
        ? `Invitation sent to ${safe(v.email)}; the link works for a week, once.`
        : `No SMTP server in the environment ($JUSTENOUGH_SMTP_URL): pass this link on to ${safe(v.email)} yourself (it works for a week, once):\n${v.link}`,
    );
  });
}

/** `accounts group-link`: a coach's new group link (the old one stops); printed once. */
export function groupLinkCommand(run: Run, flags: { publicUrl?: string }): Promise<number> {
  const origin = appUrlOf(run, flags.publicUrl);
  return withApp(run, async (ctx) => {
    const made = await newGroupLink(ctx.store, ctx.accountId);
    return finish(
      run,
      made,
      (g) =>
        `${signUpLink(origin, g.secret)}\nWhoever signs up with this link shares their progress with you. It works until ${g.until.slice(0, 10)}; the old link stopped working. It is not shown again.`,
      (g) => ({ link: signUpLink(origin, g.secret), until: g.until }),
    );
  });
}
