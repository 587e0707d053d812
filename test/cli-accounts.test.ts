// biome-ignore-all lint/suspicious/noExplicitAny: JSON read back from the command is checked by the assertions
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSmtpPeer } from '../src/mail/test-support/smtp-peer.js';
import { CLI, cli, tempDataDir } from './cli.js';

// The accounts contract (shared/spec/accounts.md): accounts, --account, tokens, share, clients.
let data: { dir: string; remove: () => void };
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

const run = (args: readonly string[]) => cli(['--data', data.dir, '--now', '2026-11-25', ...args]);

async function json(args: readonly string[]): Promise<any> {
  const r = await run([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

/** `accounts add --password-stdin` with the password piped in. */
function addWithPassword(email: string, password: string, role = 'member') {
  return spawnSync(
    process.execPath,
    [
      CLI,
      '--data',
      data.dir,
      'accounts',
      'add',
      '--email',
      email,
      '--name',
      'Sam Lee',
      '--role',
      role,
      '--password-stdin',
      '--json',
    ],
    {
      input: `${password}\n`,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
      encoding: 'utf8',
    },
  );
}

describe('justenough accounts', () => {
  it('adds, lists and removes accounts with the fields of the contract', async () => {
    const sam = await json(['accounts', 'add', '--email', 'Sam@Example.com', '--name', 'Sam Lee']);
    expect(sam).toEqual({
      id: expect.any(String),
      email: 'sam@example.com',
      name: 'Sam Lee',
      role: 'member',
    });
    const robin = await json([
      'accounts',
      'add',
      '--email',
      'robin@example.com',
      '--name',
      'Robin',
      '--role',
      'coach',
    ]);
    expect(robin.role).toBe('coach');
    const again = await run(['accounts', 'add', '--email', 'sam@example.com', '--name', 'Other']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/has an account already/);
    const listed = await json(['accounts', 'list']);
    expect(listed.accounts.map((a: any) => a.email)).toEqual([
      'sam@example.com',
      'robin@example.com',
    ]);

    expect(
      (
        await run([
          '--account',
          'sam@example.com',
          'add',
          'job',
          '--company',
          'Acme',
          '--title',
          'Analyst',
        ])
      ).code,
    ).toBe(0);
    const refused = await run(['accounts', 'remove', '--email', 'sam@example.com']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--yes/);
    expect((await run(['accounts', 'remove', '--email', 'sam@example.com', '--yes'])).code).toBe(0);
    expect((await json(['accounts', 'list'])).accounts.map((a: any) => a.email)).toEqual([
      'robin@example.com',
    ]);
    const db = new SQLite(join(data.dir, 'justenough.sqlite'), { readonly: true });
    try {
      expect(db.prepare('select count(*) as n from opportunities').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('refuses a common or short password, and keeps a good one only as its argon2id hash', () => {
    const common = addWithPassword('sam@example.com', 'password1');
    expect(common.status).toBe(1);
    expect(common.stderr).toMatch(/most common passwords/);
    const short = addWithPassword('sam@example.com', 'a7#kQ');
    expect(short.status).toBe(1);
    expect(short.stderr).toMatch(/at least 8 characters/);
    const good = addWithPassword('sam@example.com', 'plain words are fine');
    expect(good.status, good.stderr).toBe(0);
    const file = readFileSync(join(data.dir, 'justenough.sqlite'));
    expect(file.includes('plain words are fine')).toBe(false);
    expect(file.includes('$argon2id$')).toBe(true);
  });

  it('uses the only account without --account, and with several names --account', async () => {
    await json(['accounts', 'add', '--email', 'sam@example.com', '--name', 'Sam']);
    expect((await run(['add', 'job', '--company', 'Acme', '--title', 'Analyst'])).code).toBe(0);
    await json(['accounts', 'add', '--email', 'kim@example.com', '--name', 'Kim']);
    const which = await run(['today']);
    expect(which.code).toBe(1);
    expect(which.stderr).toMatch(/--account/);
    expect(which.stderr.trim().split('\n')).toHaveLength(1);
    expect((await json(['--account', 'sam@example.com', 'list'])).items).toHaveLength(1);
    expect((await json(['list', '--account', 'kim@example.com'])).items).toHaveLength(0);
    const unknown = await run(['--account', 'nobody@example.com', 'today']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no account has nobody@example.com/);
  });
});

describe('justenough tokens', () => {
  it('prints a token once, keeps only its hash, lists and revokes it', async () => {
    await json(['accounts', 'add', '--email', 'sam@example.com', '--name', 'Sam']);
    const made = await json([
      'tokens',
      'create',
      '--account',
      'sam@example.com',
      '--name',
      'script',
    ]);
    expect(made).toMatchObject({
      id: expect.any(String),
      token: expect.stringMatching(/^je_pat_/),
    });
    const file = readFileSync(join(data.dir, 'justenough.sqlite'));
    expect(file.includes(made.token)).toBe(false);
    const listed = await json(['tokens', 'list', '--account', 'sam@example.com']);
    expect(listed.tokens).toEqual([
      { id: made.id, name: 'script', createdAt: expect.any(String), lastUsedAt: null },
    ]);
    expect(JSON.stringify(listed)).not.toContain(made.token);
    expect((await run(['tokens', 'revoke', '--account', 'sam@example.com', made.id])).code).toBe(0);
    expect((await json(['tokens', 'list', '--account', 'sam@example.com'])).tokens).toEqual([]);
    const twice = await run(['tokens', 'revoke', '--account', 'sam@example.com', made.id]);
    expect(twice.code).toBe(1);
  });
});

describe('justenough share and clients', () => {
  it("grants a coach the seeker's progress, shows it on the coach's dashboard and in the access log, and revokes it", async () => {
    await json(['accounts', 'add', '--email', 'sam@example.com', '--name', 'Sam']);
    await json([
      'accounts',
      'add',
      '--email',
      'robin@example.com',
      '--name',
      'Robin',
      '--role',
      'coach',
    ]);
    const sam = ['--account', 'sam@example.com'];
    const robin = ['--account', 'robin@example.com'];
    await run([
      ...sam,
      'add',
      'job',
      '--company',
      'Acme',
      '--title',
      'Analyst',
      '--notes',
      'secret note',
    ]);
    await run([...sam, 'log', '1', 'applied', '--on', '2026-11-18']);
    await run([...sam, 'log', '1', 'voicemail', '--on', '2026-11-23']);
    expect((await json([...robin, 'clients'])).clients).toEqual([]);
    const bad = await run([
      ...sam,
      'share',
      'add',
      '--coach',
      'robin@example.com',
      '--scope',
      'progress',
      '--until',
      '2026-11-01',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/until/);
    expect(
      (
        await run([
          ...sam,
          'share',
          'add',
          '--coach',
          'robin@example.com',
          '--scope',
          'progress',
          '--until',
          '2027-03-31',
        ])
      ).code,
    ).toBe(0);
    const { clients } = await json([...robin, 'clients']);
    expect(clients).toEqual([
      {
        id: expect.any(String),
        email: 'sam@example.com',
        name: 'Sam',
        scope: 'progress',
        until: '2027-03-31',
        thisWeek: { done: 1, onTime: 1 },
        overdue: 0,
        pipeline: { active: 1, interviewing: 0, holding: 0, closed: 0 },
        lastActivity: '2026-11-23',
        nextInterview: null,
      },
    ]);
    expect(JSON.stringify(clients)).not.toContain('secret note');
    const shared = await json([...sam, 'share', 'list']);
    expect(shared.grants).toEqual([
      expect.objectContaining({
        coach: 'robin@example.com',
        scope: 'progress',
        until: '2027-03-31',
        active: true,
      }),
    ]);
    expect(shared.accessLog).toEqual([
      expect.objectContaining({ coach: 'robin@example.com', what: 'progress' }),
    ]);
    expect((await run([...sam, 'share', 'revoke', 'robin@example.com'])).code).toBe(0);
    expect((await json([...robin, 'clients'])).clients).toEqual([]);
  });
});

describe('justenough accounts invite and group-link', () => {
  it("a coach e-mails an invitation link through the environment's SMTP server; a member may not", async () => {
    const peer = await startSmtpPeer();
    try {
      await json([
        'accounts',
        'add',
        '--email',
        'robin@example.com',
        '--name',
        'Robin',
        '--role',
        'coach',
      ]);
      await json(['accounts', 'add', '--email', 'max@example.com', '--name', 'Max']);
      const env = {
        JUSTENOUGH_SMTP_URL: `smtp://127.0.0.1:${peer.port}`,
        JUSTENOUGH_PUBLIC_URL: 'https://je.example.org',
      };
      const invite = (who: string) =>
        cli(
          [
            '--data',
            data.dir,
            '--account',
            who,
            'accounts',
            'invite',
            '--email',
            'nia@example.com',
            '--json',
          ],
          env,
        );
      const refused = await invite('max@example.com');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/coach or an admin/);
      const sent = await invite('robin@example.com');
      expect(sent.stderr).toBe('');
      expect(JSON.parse(sent.stdout)).toMatchObject({ email: 'nia@example.com', sent: true });
      await peer.waitFor(1);
      expect(peer.received[0]?.to).toEqual(['nia@example.com']);
      expect(peer.received[0]?.text).toMatch(
        /https:\/\/je\.example\.org\/sign-up\?invitation=\S{20,}/,
      );
      const group = await cli(
        ['--data', data.dir, '--account', 'robin@example.com', 'accounts', 'group-link', '--json'],
        env,
      );
      expect(JSON.parse(group.stdout).link).toMatch(
        /^https:\/\/je\.example\.org\/sign-up\?invitation=/,
      );
    } finally {
      await peer.close();
    }
  });
});

describe('justenough serve beyond this computer', () => {
  it('refuses to start without --accounts, naming the flag', async () => {
    const r = await run(['serve', '--host', '0.0.0.0', '--port', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--accounts/);
  });

  it('refuses a sign-up mode it does not know, naming the two it takes', async () => {
    const r = await cli(['--data', data.dir, 'serve', '--accounts', '--port', '0'], {
      JUSTENOUGH_SIGN_UP: 'everyone',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/JUSTENOUGH_SIGN_UP.*invitation.*open/);
  });
});
