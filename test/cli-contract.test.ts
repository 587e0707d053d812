// biome-ignore-all lint/suspicious/noExplicitAny: JSON read back from the command is checked by the assertions
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliResult, cli, tempDataDir } from './cli.js';

// Drives the built `justenough` exactly as shared/spec/cli.md fixes it.
let data: { dir: string; remove: () => void };
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

async function json(args: readonly string[], now: string): Promise<any> {
  const r = await cli(['--data', data.dir, '--now', now, ...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

async function setUpChicago(): Promise<void> {
  await json(
    [
      'settings',
      '--timezone',
      'America/Chicago',
      '--holidays',
      'US',
      '--name',
      'Sam Lee',
      '--phone',
      '312 555 0100',
    ],
    '2026-11-23',
  );
}

function expectOneLineError(r: CliResult, ...words: string[]): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  for (const w of words) expect(lines[0]).toContain(w);
}

describe('cli contract: add, log, show', () => {
  it('add job --json prints the created opportunity as show does', async () => {
    await setUpChicago();
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
        '--contact-email',
        'jane@acme.example',
        '--contact-phone',
        '312 555 0199',
        '--contact-role',
        'hiring-manager',
      ],
      '2026-11-23',
    );
    expect(o).toMatchObject({
      kind: 'job',
      company: 'Acme',
      title: 'Data Analyst',
      contact: {
        name: 'Jane Doe',
        email: 'jane@acme.example',
        phone: '312 555 0199',
        role: 'hiring-manager',
      },
      status: 'active',
      followUps: 0,
      heldOn: null,
      next: [],
      events: [],
    });
    expect(typeof o.id).toBe('string');
    expect(await json(['show', o.id], '2026-11-23')).toEqual(o);
  });

  it('add networking needs only the person', async () => {
    const o = await json(
      ['add', 'networking', '--contact', 'Ada Park', '--company', 'Globex'],
      '2026-11-23',
    );
    expect(o).toMatchObject({
      kind: 'networking',
      company: 'Globex',
      title: null,
      contact: { name: 'Ada Park' },
    });
  });

  it('worked example 1 end to end: 3X3 then the holding file (R1, R2, R3)', async () => {
    await setUpChicago();
    const { id } = await json(
      ['add', 'job', '--company', 'Acme', '--title', 'Data Analyst', '--contact', 'Jane Doe'],
      '2026-11-23',
    );
    let o = await json(['log', id, 'applied'], '2026-11-23');
    expect(o.next).toEqual([
      expect.objectContaining({
        action: 'follow-up',
        dueOn: '2026-11-27',
        dueBy: '2026-11-27',
        followUpNumber: 1,
        overdue: false,
      }),
    ]);
    expect(o.next[0].script).toContain('Jane');
    expect(o.events).toEqual([
      {
        id: expect.any(String),
        type: 'applied',
        date: '2026-11-23',
        at: null,
        until: null,
        note: null,
      },
    ]);
    o = await json(['log', id, 'voicemail', '--on', '2026-11-27'], '2026-11-27');
    expect(o).toMatchObject({
      followUps: 1,
      next: [{ action: 'follow-up', followUpNumber: 2, dueOn: '2026-12-02' }],
    });
    o = await json(['log', id, 'no-answer', '--on', '2026-12-02'], '2026-12-02');
    expect(o).toMatchObject({ followUps: 2, next: [{ followUpNumber: 3, dueOn: '2026-12-07' }] });
    o = await json(['log', id, 'voicemail', '--on', '2026-12-07'], '2026-12-07');
    expect(o).toMatchObject({ status: 'active', followUps: 3, heldOn: null, next: [] });
    expect(await json(['show', id], '2026-12-09')).toMatchObject({
      status: 'active',
      followUps: 3,
      heldOn: null,
      next: [],
    });
    expect(await json(['show', id], '2026-12-10')).toMatchObject({
      status: 'holding',
      heldOn: '2026-12-10',
      next: [],
    });
    const holding = await json(['holding'], '2026-12-10');
    expect(holding.items).toEqual([
      expect.objectContaining({ opportunityId: id, heldOn: '2026-12-10' }),
    ]);
    expect((await json(['holding'], '2026-12-09')).items).toEqual([]);
  });

  it('worked example 2: interview, thank-yous and check-ins (R5, R10)', async () => {
    await setUpChicago();
    const { id } = await json(
      ['add', 'job', '--company', 'Acme', '--title', 'Analyst', '--contact', 'Jane Doe'],
      '2026-11-30',
    );
    let o = await json(['log', id, 'interview', '--at', '2026-12-03T10:00:00-06:00'], '2026-11-30');
    expect(o.status).toBe('interviewing');
    expect(o.events[0]).toMatchObject({
      type: 'interview',
      date: '2026-12-03',
      at: '2026-12-03T10:00:00-06:00',
    });
    expect(o.next.map((s: any) => [s.action, s.dueOn, s.dueBy])).toEqual([
      ['thank-you-call', '2026-12-04', '2026-12-04'],
      ['thank-you-note', '2026-12-04', '2026-12-04'],
      ['check-in', '2026-12-10', '2026-12-11'],
    ]);
    expect(o.next[0]).not.toHaveProperty('followUpNumber');
    const today = await json(['today'], '2026-11-30');
    expect(today.interviews).toEqual([
      expect.objectContaining({ opportunityId: id, at: '2026-12-03T10:00:00-06:00' }),
    ]);
    o = await json(['log', id, 'thank-you-call', '--on', '2026-12-04'], '2026-12-04');
    expect(o.next.map((s: any) => [s.action, s.dueOn, s.dueBy])).toEqual([
      ['thank-you-note', '2026-12-04', '2026-12-04'],
      ['check-in', '2026-12-11', '2026-12-14'],
    ]);
    o = await json(['log', id, 'thank-you-note', '--on', '2026-12-04'], '2026-12-04');
    o = await json(['log', id, 'talked', '--on', '2026-12-14'], '2026-12-14');
    expect(o.next.map((s: any) => [s.action, s.dueOn, s.dueBy])).toEqual([
      ['check-in', '2026-12-21', '2026-12-24'],
    ]);
  });

  it('worked example 4: an offer closes it, nothing due (R7)', async () => {
    const { id } = await json(
      ['add', 'job', '--company', 'Acme', '--title', 'Analyst'],
      '2026-11-23',
    );
    await json(['log', id, 'applied', '--on', '2026-11-23'], '2026-11-23');
    const o = await json(['log', id, 'offer', '--on', '2026-12-01'], '2026-12-01');
    expect(o).toMatchObject({ status: 'closed', next: [] });
  });

  it('callback takes --until (R8)', async () => {
    await setUpChicago();
    const { id } = await json(
      ['add', 'job', '--company', 'Acme', '--title', 'Analyst'],
      '2026-11-23',
    );
    await json(['log', id, 'applied', '--on', '2026-11-23'], '2026-11-23');
    const o = await json(
      ['log', id, 'callback', '--on', '2026-11-24', '--until', '2026-12-05'],
      '2026-11-24',
    );
    expect(o.next).toEqual([
      expect.objectContaining({
        action: 'follow-up',
        followUpNumber: 1,
        dueOn: '2026-12-07',
        dueBy: '2026-12-07',
      }),
    ]);
    expect(o.events[1]).toMatchObject({ type: 'callback', until: '2026-12-05' });
  });

  it('R11: an early attempt is accepted, counted, and warned about on stderr', async () => {
    await setUpChicago();
    const { id } = await json(
      ['add', 'job', '--company', 'Acme', '--title', 'Analyst'],
      '2026-11-23',
    );
    await json(['log', id, 'applied'], '2026-11-23');
    const r = await cli([
      '--data',
      data.dir,
      '--now',
      '2026-11-24',
      'log',
      id,
      'voicemail',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/too soon/);
    expect(JSON.parse(r.stdout)).toMatchObject({ followUps: 1 });
  });
});

describe('cli contract: today', () => {
  it('items: due today or earlier, overdue first; upcoming within 14 days', async () => {
    await setUpChicago();
    const a = await json(
      ['add', 'job', '--company', 'Acme', '--title', 'Analyst', '--contact', 'Jane Doe'],
      '2026-11-16',
    );
    const b = await json(
      ['add', 'job', '--company', 'Globex', '--title', 'Engineer', '--contact', 'Bo Chen'],
      '2026-11-16',
    );
    const c = await json(['add', 'job', '--company', 'Initech', '--title', 'Writer'], '2026-11-16');
    await json(['log', a.id, 'applied', '--on', '2026-11-16'], '2026-11-16'); // follow-up #1 due Thu 19 Nov
    await json(['log', b.id, 'applied', '--on', '2026-11-20'], '2026-11-20'); // due Wed 25 Nov
    await json(['log', c.id, 'applied', '--on', '2026-11-27'], '2026-11-27'); // due Wed 2 Dec
    const t = await json(['today'], '2026-11-25');
    expect(t.date).toBe('2026-11-25');
    expect(t.items.map((i: any) => [i.opportunityId, i.overdue])).toEqual([
      [a.id, true],
      [b.id, false],
    ]);
    expect(t.items[0]).toMatchObject({
      action: 'follow-up',
      dueOn: '2026-11-19',
      dueBy: '2026-11-19',
      overdue: true,
      followUpNumber: 1,
      contact: 'Jane Doe',
      company: 'Acme',
      title: 'Analyst',
    });
    expect(t.items[0].script).toMatch(/busy.*received my application.*improve my chances/s);
    expect(t.upcoming).toEqual([
      expect.objectContaining({ opportunityId: c.id, dueOn: '2026-12-02', overdue: false }),
    ]);
    expect(t.interviews).toEqual([]);
  });

  it('the day is today in the user time zone (--now with an offset)', async () => {
    await setUpChicago();
    const { id } = await json(
      ['add', 'job', '--company', 'Acme', '--title', 'Analyst'],
      '2026-11-23',
    );
    // 23:30 in Chicago is already the 24th in UTC: the application is dated the 23rd.
    const o = await json(
      ['log', id, 'applied', '--at', '2026-11-23T23:30:00-06:00'],
      '2026-11-23T23:30:00-06:00',
    );
    expect(o.events[0].date).toBe('2026-11-23');
    expect(o.next[0].dueOn).toBe('2026-11-27');
    expect((await json(['today'], '2026-11-27T05:00:00Z')).items).toEqual([]);
    expect((await json(['today'], '2026-11-27T07:00:00Z')).items).toHaveLength(1);
  });

  it('global options stand before or after the command', async () => {
    const before = await cli(['--data', data.dir, '--json', '--now', '2026-11-23', 'today']);
    const after = await cli(['today', '--data', data.dir, '--json', '--now', '2026-11-23']);
    expect(before.code).toBe(0);
    expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
  });

  it('JUSTENOUGH_DATA and JUSTENOUGH_NOW stand in for --data and --now', async () => {
    const r = await cli(['today', '--json'], {
      JUSTENOUGH_DATA: data.dir,
      JUSTENOUGH_NOW: '2026-11-23',
    });
    expect(JSON.parse(r.stdout)).toMatchObject({
      date: '2026-11-23',
      items: [],
      upcoming: [],
      interviews: [],
    });
  });
});

describe('cli contract: errors exit 1 with one line and write nothing', () => {
  async function withOne(): Promise<string> {
    const { id } = await json(
      ['add', 'job', '--company', 'Acme', '--title', 'Analyst'],
      '2026-11-23',
    );
    await json(['log', id, 'applied'], '2026-11-23');
    return id;
  }
  const base = () => ['--data', data.dir, '--now', '2026-11-25'];

  it('unknown opportunity', async () => {
    expectOneLineError(
      await cli([...base(), 'log', '999', 'voicemail']),
      '999',
      'ids are the numbers that "list" shows',
    );
    expectOneLineError(await cli([...base(), 'show', 'abc']), 'abc');
  });

  it('unknown event, bad dates, bad until', async () => {
    const id = await withOne();
    expectOneLineError(await cli([...base(), 'log', id, 'voicemale']), 'voicemale', 'voicemail');
    expectOneLineError(
      await cli([...base(), 'log', id, 'voicemail', '--on', '2026-02-30']),
      '2026-02-30',
      'YYYY-MM-DD',
    );
    expectOneLineError(
      await cli([...base(), 'log', id, 'voicemail', '--on', 'tomorrow']),
      'tomorrow',
    );
    expectOneLineError(
      await cli([...base(), 'log', id, 'voicemail', '--at', '2026-11-25T25:00']),
      '25:00',
    );
    expectOneLineError(await cli([...base(), 'log', id, 'callback']), '--until');
    expectOneLineError(
      await cli([...base(), 'log', id, 'callback', '--until', '2026-11-01']),
      '2026-11-01',
    );
    expectOneLineError(
      await cli([...base(), 'log', id, 'interview', '--on', '2026-12-20']),
      '--at',
    );
    expectOneLineError(await cli([...base(), '--now', 'soon', 'today']), 'soon');
    const o = await json(['show', id], '2026-11-25');
    expect(o.events).toHaveLength(1);
  });

  it('unknown time zone or region', async () => {
    expectOneLineError(
      await cli([...base(), 'settings', '--timezone', 'Mars/Olympus']),
      'Mars/Olympus',
      'IANA',
    );
    expectOneLineError(await cli([...base(), 'settings', '--holidays', 'US-ZZ']), 'US-ZZ', 'DE-BY');
    const s = await json(['settings'], '2026-11-25');
    expect(s.holidays).toBe('US');
  });

  it('missing required flags and bad values for add', async () => {
    expectOneLineError(await cli([...base(), 'add', 'job', '--company', 'Acme']), '--title');
    expectOneLineError(
      await cli([...base(), 'add', 'job', '--company', ' ', '--title', 'X']),
      '--company',
    );
    expectOneLineError(
      await cli([
        ...base(),
        'add',
        'job',
        '--company',
        'A',
        '--title',
        'X',
        '--contact',
        'J',
        '--contact-role',
        'boss',
      ]),
      'boss',
    );
    expectOneLineError(
      await cli([
        ...base(),
        'add',
        'job',
        '--company',
        'A',
        '--title',
        'X',
        '--contact',
        'J',
        '--contact-email',
        'not-mail',
      ]),
      'not-mail',
    );
    expectOneLineError(await cli([...base(), 'add', 'networking']), '--contact');
    expect((await json(['list'], '2026-11-25')).items).toEqual([]);
  });

  it('hostile strings are stored as text and shown back safely', async () => {
    const name = `<script>alert(1)</script> Robert'); DROP TABLE events;--`;
    const o = await json(
      ['add', 'job', '--company', name, '--title', '"quoted" & <b>'],
      '2026-11-23',
    );
    expect((await json(['show', o.id], '2026-11-23')).company).toBe(name);
    expectOneLineError(
      await cli([...base(), 'add', 'job', '--company', 'Evil\u001b[2J', '--title', 'X']),
      'control character',
    );
    const human = await cli([...base(), 'show', o.id]);
    expect(human.stdout).toContain('<script>alert(1)</script>');
  });
});
