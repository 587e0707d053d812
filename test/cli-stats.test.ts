// biome-ignore-all lint/suspicious/noExplicitAny: JSON read back from the command is checked by the assertions
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempDataDir } from './cli.js';

// `justenough stats` as shared/spec/progress.md fixes it, on a small search counted by hand.
let data: { dir: string; remove: () => void };
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

const NOW = '2026-12-04';
const run = (args: readonly string[], now = NOW) =>
  cli(['--data', data.dir, '--now', now, ...args]);

async function search(): Promise<void> {
  for (const args of [
    ['settings', '--timezone', 'America/Chicago', '--holidays', 'US'],
    ['add', 'job', '--company', 'Acme', '--title', 'Analyst', '--contact', 'Jane Doe'],
    ['add', 'job', '--company', 'Globex', '--title', 'Engineer'],
    ['log', '1', 'applied', '--on', '2026-11-23'],
    ['log', '1', 'voicemail', '--on', '2026-11-27'],
    ['log', '1', 'reply', '--on', '2026-11-30'],
    ['log', '2', 'applied', '--on', '2026-11-23'],
  ]) {
    const r = await run(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }
}

describe('justenough stats', () => {
  it('--json gives the contract: the voicemail of 27 Nov on time and answered, the other #1 missed', async () => {
    await search();
    const r = await run(['stats', '--json']);
    expect(r.code).toBe(0);
    const stats: any = JSON.parse(r.stdout);
    expect(stats).toEqual({
      from: null,
      to: '2026-12-04',
      opportunities: { total: 2, active: 2, interviewing: 0, holding: 0, closed: 0 },
      funnel: { started: 2, answered: 1, interviewed: 0, offers: 0 },
      followUps: [
        { number: 0, made: 2, answered: 0 },
        { number: 1, made: 1, answered: 1 },
        { number: 2, made: 0, answered: 0 },
        { number: 3, made: 0, answered: 0 },
      ],
      channels: [
        { channel: 'call', made: 1, answered: 1 },
        { channel: 'email', made: 0, answered: 0 },
        { channel: 'message', made: 0, answered: 0 },
      ],
      steps: { onTime: 1, early: 0, late: 0, missed: 1 },
      followedUp: { started: 2, withAFollowUp: 1 },
      sources: [
        { source: 'posting', opportunities: 0, interviewed: 0, offers: 0 },
        { source: 'referral', opportunities: 0, interviewed: 0, offers: 0 },
        { source: 'networking', opportunities: 0, interviewed: 0, offers: 0 },
        { source: 'recruiter', opportunities: 0, interviewed: 0, offers: 0 },
        { source: 'other', opportunities: 0, interviewed: 0, offers: 0 },
        { source: null, opportunities: 2, interviewed: 0, offers: 0 },
      ],
    });
  });

  it('--from and --to count only the events dated between them', async () => {
    await search();
    const r = await run(['stats', '--from', '2026-11-24', '--to', '2026-11-30', '--json']);
    expect(r.code).toBe(0);
    const stats: any = JSON.parse(r.stdout);
    expect(stats.from).toBe('2026-11-24');
    expect(stats.to).toBe('2026-11-30');
    // No run started in the week; #1 of opportunity 2, due 27 Nov, was overdue on the 28th.
    expect(stats.funnel.started).toBe(0);
    expect(stats.followUps[1]).toEqual({ number: 1, made: 1, answered: 1 });
    expect(stats.steps).toEqual({ onTime: 1, early: 0, late: 0, missed: 1 });
  });

  it('prints the numbers as text with bars', async () => {
    await search();
    const r = await run(['stats']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Your search to 2026-12-04');
    expect(r.stdout).toMatch(/Follow-up 1 +█+░* 100% {2}1 of 1/);
    expect(r.stdout).toContain('you followed up on 1 of 2');
  });

  it('refuses a wrong date or a from after to in one line, with nothing written', async () => {
    for (const args of [
      ['stats', '--from', '2026-02-30'],
      ['stats', '--to', 'yesterday'],
      ['stats', '--from', '2026-12-02', '--to', '2026-12-01'],
    ]) {
      const r = await run(args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^error: --(from|to): /);
    }
  });

  it('add job --source, and a closed one shows how it closed in list and show', async () => {
    for (const args of [
      ['settings', '--timezone', 'America/Chicago', '--holidays', 'US'],
      ['add', 'job', '--company', 'Acme', '--title', 'Analyst', '--source', 'referral'],
      ['log', '1', 'applied', '--on', '2026-11-23'],
      ['log', '1', 'offer', '--on', '2026-12-01'],
    ]) {
      expect((await run(args)).code).toBe(0);
    }
    const stats: any = JSON.parse((await run(['stats', '--json'])).stdout);
    expect(stats.sources[1]).toEqual({
      source: 'referral',
      opportunities: 1,
      interviewed: 0,
      offers: 1,
    });
    const show = await run(['show', '1']);
    expect(show.stdout).toContain('[closed: offer]');
    expect(show.stdout).toContain('Source: a referral');
    expect((await run(['list'])).stdout).toContain('closed: offer');
    const shown: any = JSON.parse((await run(['show', '1', '--json'])).stdout);
    expect(shown).toMatchObject({ source: 'referral', outcome: 'offer', status: 'closed' });
    const bad = await run(['add', 'job', '--company', 'X', '--title', 'Y', '--source', 'pigeon']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /^error: --source: "pigeon" is not a source; use one of posting, referral/,
    );
  });
});
