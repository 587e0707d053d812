import { describe, expect, it } from 'vitest';
import { d, ev } from '../test-support/method-fixtures.js';
import { closingOf } from './outcome.js';

describe('How an opportunity closed', () => {
  it('is open without a decision', () => {
    expect(closingOf([ev('applied', '2026-11-23'), ev('interview', '2026-12-01')])).toBeNull();
  });

  it('is the first decision in timeline order, whatever the order of entry (R13: later ones change nothing)', () => {
    const events = [
      ev('withdrawn', '2026-12-09'),
      ev('applied', '2026-11-23'),
      ev('rejected', '2026-12-02'),
    ];
    expect(closingOf(events)).toEqual({ outcome: 'rejected', on: d('2026-12-02') });
    expect(closingOf([...events].reverse())).toEqual({ outcome: 'rejected', on: d('2026-12-02') });
  });

  it('an offer', () => {
    expect(closingOf([ev('offer', '2026-12-01')])?.outcome).toBe('offer');
  });
});
