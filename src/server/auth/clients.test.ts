import { afterEach, describe, expect, it } from 'vitest';
import { type SharedServer, sharedServer } from '../test-support/shared-server.js';
import { expectProblem } from '../test-support/test-server.js';
import { CLIENT_HEADER } from './sign-in-hook.js';

let server: SharedServer;
afterEach(() => server.close());

const job = (company: string, appliedOn: string) => ({
  kind: 'job',
  company,
  title: 'Analyst',
  contact: { name: `Pat ${company}` },
  notes: 'private notes',
  appliedOn,
});

describe("a coach's clients", { timeout: 60_000 }, () => {
  it("sums the group's numbers from every client's, names none of them, and logs the read in each client's access log", async () => {
    server = await sharedServer();
    const coach = await server.person('cora@example.com', 'coach');
    const ada = await server.person('ada@example.com');
    const bo = await server.person('bo@example.com');
    const cy = await server.person('cy@example.com');
    for (const [who, company, on] of [
      [ada, 'Zeta', '2026-11-02'],
      [ada, 'Yotta', '2026-11-03'],
      [bo, 'Kappa', '2026-11-20'],
      [cy, 'Omega', '2026-11-02'],
    ] as const) {
      const res = await server.call('POST', '/api/opportunities', {
        as: who,
        body: job(company, on),
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    await server.grant(ada, coach, 'full');
    await server.grant(bo, coach, 'progress');
    // Cy shares with no one: none of Cy's numbers are in the group.
    const rows = (await server.call('GET', '/api/clients', { as: coach })).json().clients;
    const group = await server.call('GET', '/api/clients/group', { as: coach });
    expect(group.statusCode, group.body).toBe(200);
    const sum = group.json();
    expect(sum.clients).toBe(2);
    const total = (pick: (r: (typeof rows)[number]) => number) =>
      rows.reduce((n: number, r: (typeof rows)[number]) => n + pick(r), 0);
    expect(sum.overdue).toBe(total((r) => r.overdue));
    expect(sum.pipeline.active).toBe(total((r) => r.pipeline.active));
    expect(sum.pipeline.active).toBe(3);
    expect(sum.funnel.started).toBe(3);
    for (const secret of ['Zeta', 'Kappa', 'ada@', 'bo@', 'Pat', 'private']) {
      expect(group.body).not.toContain(secret);
    }
    for (const client of [ada, bo]) {
      const log = (await server.call('GET', '/api/sharing', { as: client })).json().accessLog;
      expect(log.map((a: { what: string }) => a.what)).toContain('group numbers');
    }
    const cyLog = (await server.call('GET', '/api/sharing', { as: cy })).json().accessLog;
    expect(cyLog).toEqual([]);
  });

  it("shows a client's steps and funnel under a progress grant, and logs each read", async () => {
    server = await sharedServer();
    const coach = await server.person('cora@example.com', 'coach');
    const bo = await server.person('bo@example.com');
    await server.call('POST', '/api/opportunities', { as: bo, body: job('Kappa', '2026-11-02') });
    await server.grant(bo, coach, 'progress');
    const headers = { [CLIENT_HEADER]: bo.id };
    const stats = await server.call('GET', '/api/stats', { as: coach, headers });
    expect(stats.statusCode, stats.body).toBe(200);
    expect(stats.json().funnel.started).toBe(1);
    expect(stats.body).not.toContain('Kappa');
    expectProblem(await server.call('GET', '/api/opportunities', { as: coach, headers }), 403);
    const log = (await server.call('GET', '/api/sharing', { as: bo })).json().accessLog;
    expect(log.map((a: { what: string }) => a.what)).toContain('GET /api/stats');
  });
});
