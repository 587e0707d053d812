// biome-ignore-all lint/suspicious/noExplicitAny: JSON read back from the server is checked by the assertions
import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { type Dovecot, startDovecot } from '../src/mail/test-support/dovecot.js';
import { outlookReply } from '../src/mail/test-support/messages.js';
import { CLI, cli, tempDataDir } from './cli.js';

let server: Dovecot | undefined;
let data: { dir: string; remove: () => void } | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await server?.close();
  data?.remove();
});

function serve(dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const proc = spawn(process.execPath, [CLI, '--data', dir, 'serve', '--port', '0', '--json'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', NO_COLOR: '1', ...env },
  });
  child = proc;
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.endsWith('}\n')) resolve((JSON.parse(out) as { url: string }).url);
    });
    proc.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

async function until<T>(what: () => Promise<T | undefined>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await what();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('serve syncs the inbox by itself', { timeout: 180_000 }, () => {
  it('a reply that arrives while serve runs is logged once (IMAP IDLE), and the API shows the status', async () => {
    server = await startDovecot();
    data = tempDataDir();
    const run = (...args: string[]) => cli(['--data', (data as { dir: string }).dir, ...args]);
    expect(
      (
        await run(
          'add',
          'job',
          '--company',
          'Acme',
          '--title',
          'Analyst',
          '--contact',
          'Jane Doe',
          '--contact-email',
          'jane.doe@acme.example',
        )
      ).code,
    ).toBe(0);
    // The password from the environment, for serve and connect alike.
    const env = {
      JUSTENOUGH_IMAP_PASSWORD: server.password,
      JUSTENOUGH_INBOX_SYNC_SECONDS: '3600',
    };
    const connected = await cli(
      ['--data', data.dir, 'inbox', 'connect', '--imap-url', server.url],
      env,
    );
    expect(connected.code, connected.stderr).toBe(0);
    const url = await serve(data.dir, env);
    const status = await until(async () => {
      const s = (await (await fetch(`${url}/api/inbox`)).json()) as any;
      return s.lastSyncAt ? s : undefined;
    }, 60_000);
    expect(status).toMatchObject({ connected: true, password: 'environment', lastError: null });
    await server.deliver('INBOX', [outlookReply({ id: 'live@acme.example' })]);
    const events = await until(async () => {
      const o = (await (await fetch(`${url}/api/opportunities/1`)).json()) as any;
      return o.events?.some((e: any) => e.type === 'reply') ? o.events : undefined;
    }, 60_000);
    expect(events.filter((e: any) => e.type === 'reply')).toHaveLength(1);
    const synced = (await (
      await fetch(`${url}/api/inbox/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json()) as any;
    expect(synced).toEqual({ logged: [], proposed: [], skipped: 0 });
    expect(((await (await fetch(`${url}/api/inbox/proposals`)).json()) as any).proposals).toEqual(
      [],
    );
  });
});
