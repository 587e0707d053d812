// biome-ignore-all lint/suspicious/noExplicitAny: JSON read back from the command is checked by the assertions
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempDataDir } from './cli.js';

// The method's open cases (R13 of shared/spec/method.md) and the words of `today` and `show`,
// through the built `justenough` as users run it. Region US, America/Chicago.
let data: { dir: string; remove: () => void };
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

const run = (args: readonly string[], now: string) =>
  cli(['--data', data.dir, '--now', now, ...args]);

async function json(args: readonly string[], now: string): Promise<any> {
  const r = await run([...args, '--json'], now);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

async function job(now = '2026-11-02'): Promise<string> {
  await json(['settings', '--timezone', 'America/Chicago', '--holidays', 'US'], now);
  const o = await json(
    [
      'add',
      'job',
      '--company',
      'Acme',
      '--title',
      'Data Analyst',
      '--contact',
      'Jane Doe',
      '--contact-role',
      'hiring-manager',
    ],
    now,
  );
  return o.id;
}

describe('cli: R13 same day', () => {
  it('R13 same day: hold --at 09:00 then reply --at 15:00: active, check-in 17-20 Nov', async () => {
    const id = await job();
    await json(['log', id, 'applied', '--on', '2026-11-02'], '2026-11-10');
    await json(['log', id, 'hold', '--at', '2026-11-10T09:00-06:00'], '2026-11-10T16:00-06:00');
    const o = await json(
      ['log', id, 'reply', '--at', '2026-11-10T15:00-06:00'],
      '2026-11-10T16:00-06:00',
    );
    expect(o.status).toBe('active');
    expect(o.next.map((s: any) => [s.action, s.dueOn, s.dueBy])).toEqual([
      ['check-in', '2026-11-17', '2026-11-20'],
    ]);
  });
});

describe('cli: R13 refusals exit 1 with one line and write nothing', () => {
  it('R13 thank-yous: a thank-you call before the scheduled interview names its date', async () => {
    const id = await job();
    await json(['log', id, 'applied', '--on', '2026-11-02'], '2026-11-20');
    await json(['log', id, 'interview', '--at', '2026-12-03T10:00'], '2026-11-20');
    const before = await json(['show', id], '2026-11-20');
    const r = await run(['log', id, 'thank-you-call'], '2026-11-20');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Thu 3 Dec 2026 at 10:00');
    expect(await json(['show', id], '2026-11-20')).toEqual(before);
  });

  it('R13 revive: a revive of an opportunity not in the holding file', async () => {
    const id = await job();
    await json(['log', id, 'applied', '--on', '2026-11-02'], '2026-11-03');
    const r = await run(['log', id, 'revive'], '2026-11-03');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not in the holding file');
    expect((await json(['show', id], '2026-11-03')).events).toHaveLength(1);
  });
});

describe('cli: the words of today and show', () => {
  it('after the last decision, today says nothing is due and what is coming, not the first-run hint', async () => {
    const id = await job();
    await json(['log', id, 'applied', '--on', '2026-11-02'], '2026-11-20');
    await json(['log', id, 'rejected', '--on', '2026-11-19'], '2026-11-20');
    const r = await run(['today'], '2026-11-20');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nothing is due today.');
    expect(r.stdout).toContain('1 opportunity is closed.');
    expect(r.stdout).not.toContain('To start');
  });

  it('show prints the contact role in words', async () => {
    const id = await job();
    const r = await run(['show', id], '2026-11-02');
    expect(r.stdout).toContain('Jane Doe (hiring manager)');
    expect(r.stdout).not.toContain('hiring-manager');
  });
});

describe('cli: the words adapt to the contact and the step', () => {
  it('a contact with only an e-mail: today gives the e-mail to send, no call and no voicemail', async () => {
    await json(['settings', '--timezone', 'America/Chicago', '--holidays', 'US'], '2026-11-23');
    const o = await json(
      [
        'add',
        'job',
        '--company',
        'Acme',
        '--title',
        'Analyst',
        '--contact',
        'Jane Doe',
        '--contact-email',
        'jane@acme.example',
      ],
      '2026-11-23',
    );
    await json(['log', o.id, 'applied', '--on', '2026-11-23'], '2026-11-23');
    const r = await run(['today'], '2026-11-27');
    expect(r.stdout).toContain('Subject: Following up on my application: Analyst position');
    expect(r.stdout).not.toMatch(/call |I'm calling/);
    const show = await run(['show', o.id], '2026-11-27');
    expect(show.stdout).toContain('E-mail (no phone number for this contact):');
    expect(show.stdout).not.toContain('Voicemail:');
  });

  it('log thank-you-call --voicemail completes the step; show says thank-you-call (voicemail)', async () => {
    const id = await job();
    await json(['log', id, 'interview', '--on', '2026-12-03'], '2026-12-04');
    const o = await json(['log', id, 'thank-you-call', '--voicemail'], '2026-12-04');
    expect(o.next.map((s: any) => s.action)).toEqual(['thank-you-note', 'check-in']);
    expect(o.events.map((e: any) => [e.type, e.note])).toContainEqual([
      'thank-you-call',
      'Left a voicemail',
    ]);
    expect((await run(['show', id], '2026-12-04')).stdout).toContain('thank-you-call (voicemail)');
  });

  it('follow-up #2 is not #1 word for word', async () => {
    const id = await job('2026-11-23');
    await json(['log', id, 'applied', '--on', '2026-11-23'], '2026-11-27');
    await json(['log', id, 'voicemail', '--on', '2026-11-27'], '2026-11-27');
    const t = await json(['today'], '2026-12-02');
    expect(t.items[0]).toMatchObject({ action: 'follow-up', followUpNumber: 2 });
    expect(t.items[0].script).toContain('I tried to reach you on Friday, November 27.');
    expect(t.items[0].script).not.toContain("I'm calling to make sure you received my application");
  });
});
