import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveRefusal } from '../core/moves.js';
import { ACME, expectProblem, type TestServer, testServer } from './test-support/test-server.js';

// The pipeline's moves through the API: the same rule as the board (src/core/moves.ts).
let server: TestServer;
let id: string;
beforeEach(async () => {
  server = await testServer();
  id = (await server.json('POST', '/api/opportunities', ACME)).id;
});
afterEach(() => server.close());

const move = (body: object, headers?: Record<string, string>) =>
  server.call('POST', `/api/opportunities/${id}/move`, body, headers);

describe('POST /api/opportunities/:id/move', () => {
  it('moves an active opportunity to the holding file and back by hold and revive', async () => {
    const held = await move({ status: 'holding' });
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json()).toMatchObject({
      event: { type: 'hold' },
      opportunity: { status: 'holding' },
    });
    const back = await move({ status: 'active' });
    expect(back.json()).toMatchObject({
      event: { type: 'revive' },
      opportunity: { status: 'active' },
    });
  });

  it("closes with the decision given, and a closed opportunity stays closed (the board's rule)", async () => {
    const closed = await move({ status: 'closed', type: 'rejected' });
    expect(closed.json().opportunity.status).toBe('closed');
    const before = await server.snapshot();
    for (const to of ['active', 'holding', 'interviewing']) {
      const problem = expectProblem(
        await move({ status: to, type: 'interview', at: '2026-11-30T10:00' }),
        422,
        'status',
      );
      expect(problem.detail).toBe(moveRefusal('closed', to as 'active'));
    }
    expect(await server.snapshot()).toEqual(before);
  });

  it('refuses to bring an interviewing opportunity back to active: only the holding file goes back', async () => {
    await move({ status: 'interviewing', type: 'interview', on: '2026-11-23' });
    const before = await server.snapshot();
    const problem = expectProblem(await move({ status: 'active' }), 422, 'status');
    expect(problem.detail).toBe(moveRefusal('interviewing', 'active'));
    expect(await server.snapshot()).toEqual(before);
  });

  it('refuses an event that does not make the move, an unknown column, and a stale version', async () => {
    expect(expectProblem(await move({ status: 'closed' }), 422, 'type').detail).toMatch(
      /offer, rejected, withdrawn/,
    );
    expectProblem(await move({ status: 'holding', type: 'offer' }), 422, 'type');
    expectProblem(await move({ status: 'archived' }), 422, 'status');
    expectProblem(await move({ status: 'holding' }, { 'if-match': '"999"' }), 412);
  });
});
