import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOVE_EVENTS, moveRefusal, movesTo } from './moves.js';
import { EVENT_TYPES, STATUSES, type Status } from './names.js';

const status = fc.constantFrom(...STATUSES);

describe('the pipeline move rule', () => {
  it('a closed opportunity stays closed: every move out of closed is refused', () => {
    for (const to of STATUSES.filter((s) => s !== 'closed')) {
      expect(moveRefusal('closed', to)).toMatch(/stays closed/);
    }
  });

  it('only the holding file goes back to active', () => {
    expect(moveRefusal('holding', 'active')).toBeNull();
    expect(moveRefusal('interviewing', 'active')).toMatch(/Only the holding file/);
  });

  it('staying in the same column is always allowed', () => {
    fc.assert(fc.property(status, (s) => moveRefusal(s, s) === null));
  });

  it('any other move is allowed', () => {
    fc.assert(
      fc.property(status, status, (from: Status, to: Status) => {
        const forbidden =
          from !== to && (from === 'closed' || (to === 'active' && from !== 'holding'));
        expect(moveRefusal(from, to) === null).toBe(!forbidden);
      }),
    );
  });

  it('each event moves into at most one column, and every column has its events', () => {
    for (const type of EVENT_TYPES) {
      expect(STATUSES.filter((to) => movesTo(type, to)).length).toBeLessThanOrEqual(1);
    }
    for (const to of STATUSES) expect(MOVE_EVENTS[to].length).toBeGreaterThan(0);
  });
});
