// biome-ignore-all lint/suspicious/noExplicitAny: JSON read back from the command is checked by the assertions
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dovecot, startDovecot } from '../src/mail/test-support/dovecot.js';
import {
  googleInvitation,
  outlookReply,
  outOfOfficeEnglish,
  sentMail,
} from '../src/mail/test-support/messages.js';
import { CLI, type CliResult, tempDataDir } from './cli.js';

let server: Dovecot;
let data: { dir: string; remove: () => void };
beforeAll(async () => {
  server = await startDovecot();
  data = tempDataDir();
});
afterAll(async () => {
  await server?.close();
  data?.remove();
});

/** Runs the built command with `input` on stdin. */
function run(args: readonly string[], input = '', env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [CLI, '--data', data.dir, '--now', '2026-12-01T12:00:00-06:00', ...args],
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', NO_COLOR: '1', ...env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

const json = (r: CliResult) => {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

function oneLineError(r: CliResult, pattern: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

// Each step is a process of its own: generous time on a busy machine.
describe('justenough inbox, against a real IMAP server', { timeout: 180_000 }, () => {
  it('connect, sync --json, status, review, accept, dismiss, off', async () => {
    expect((await run(['settings', '--timezone', 'America/Chicago'])).code).toBe(0);
    json(
      await run([
        'add',
        'job',
        '--company',
        'Acme',
        '--title',
        'Data Analyst',
        '--contact',
        'Jane Doe',
        '--contact-email',
        'JANE.DOE@ACME.EXAMPLE',
        '--json',
      ]),
    );
    const when = new Date('2026-12-01T15:00:00Z');
    await server.deliver('Sent', [sentMail({ id: 'mine@home.example' })], when);
    await server.deliver(
      'INBOX',
      [
        outlookReply({ id: 'r1@acme.example' }),
        outOfOfficeEnglish({ id: 'o1@acme.example' }),
        googleInvitation({ from: 'Bob Smith <bob@acme.example>', id: 'i1@google.com' }),
      ],
      when,
    );

    oneLineError(
      await run(['inbox', 'connect', '--imap-url', server.url, '--password-stdin'], 'wrong\n'),
      /refused the user name or password/,
    );
    oneLineError(
      await run(['inbox', 'connect', '--imap-url', `imap://jane:pw@127.0.0.1:${server.port}`]),
      /^error: --imap-url: leave the password out/,
    );
    oneLineError(await run(['inbox', 'sync']), /no mailbox is connected/);

    const connected = await run(
      ['inbox', 'connect', '--imap-url', server.url, '--password-stdin', '--since', '2026-11-01'],
      `${server.password}\n`,
    );
    expect(connected.code, connected.stderr).toBe(0);
    expect(connected.stdout).toContain('Sent folder: Sent');
    expect(connected.stdout + connected.stderr).not.toContain(server.password);
    expect(
      readFileSync(join(data.dir, 'justenough.sqlite')).includes(Buffer.from(server.password)),
    ).toBe(false);

    const synced = json(await run(['inbox', 'sync', '--json']));
    expect(synced).toEqual({
      logged: [
        {
          opportunityId: '1',
          eventId: expect.any(String),
          type: 'email',
          date: '2026-12-01',
          messageId: '<mine@home.example>',
        },
        {
          opportunityId: '1',
          eventId: expect.any(String),
          type: 'reply',
          date: '2026-12-01',
          messageId: '<r1@acme.example>',
        },
      ],
      proposed: [
        {
          id: expect.any(String),
          opportunityId: '1',
          type: 'callback',
          date: '2026-12-01',
          reason: 'out-of-office',
        },
        {
          id: expect.any(String),
          opportunityId: '1',
          type: 'interview',
          date: '2026-12-03',
          reason: 'invitation',
        },
      ],
      skipped: 0,
    });
    expect(json(await run(['inbox', 'sync', '--json']))).toEqual({
      logged: [],
      proposed: [],
      skipped: 0,
    });

    const status = json(await run(['inbox', 'status', '--json']));
    expect(status).toMatchObject({
      connected: true,
      imapUrl: server.url,
      sentFolder: 'Sent',
      password: 'stored',
      lastError: null,
      counts: { logged: 1, sent: 1, proposed: 2, waiting: 2 },
    });
    expect(status.lastSyncAt).toBeTruthy();

    const review = json(await run(['inbox', 'review', '--json']));
    expect(review.proposals.map((p: any) => [p.type, p.until, p.at])).toEqual([
      ['callback', '2026-12-07', null],
      ['interview', null, '2026-12-03T10:00'],
    ]);
    const [callback, interview] = review.proposals;
    const accepted = await run(['inbox', 'accept', interview.id]);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toMatch(/^Logged interview on Thu 3 Dec/);
    oneLineError(
      await run(['inbox', 'accept', interview.id]),
      /^error: proposal \d+ was already accepted\n$/,
    );
    expect((await run(['inbox', 'dismiss', callback.id])).code).toBe(0);
    oneLineError(await run(['inbox', 'dismiss', '999']), /^error: unknown proposal "999"/);
    expect((await run(['inbox', 'review'])).stdout).toMatch(/^Nothing waiting/);

    const shown = json(await run(['show', '1', '--json']));
    expect(shown.events.map((e: any) => e.type).sort()).toEqual(['email', 'interview', 'reply']);
    expect(shown.events.find((e: any) => e.type === 'reply').note).toContain(
      'From the inbox: "Re: Data Analyst application"',
    );

    const exported = await run(['export']);
    expect(exported.stdout).not.toContain(server.password);
    expect(exported.stdout).not.toContain('v1:');

    expect((await run(['inbox', 'off'])).code).toBe(0);
    expect(json(await run(['inbox', 'status', '--json'])).connected).toBe(false);
    oneLineError(await run(['inbox', 'off']), /no mailbox is connected/);
  });

  it('refuses bad input in one line: not an IMAP address, a future --since, no password', async () => {
    oneLineError(
      await run(['inbox', 'connect', '--imap-url', 'https://mail.example.com']),
      /is not an IMAP address/,
    );
    oneLineError(
      await run(
        ['inbox', 'connect', '--imap-url', server.url, '--password-stdin', '--since', '2027-01-01'],
        'x',
      ),
      /--since: 2027-01-01 is after today/,
    );
    oneLineError(
      await run(['inbox', 'connect', '--imap-url', server.url]),
      /pipe it to --password-stdin/,
    );
    expect((await run(['inbox', '--help'])).stdout).toMatch(/connect .*\n.*sync/s);
  });
});
