import type { EventType, Status } from './names.js';

// The pipeline's moves: dragging a card from one column to another logs the event that puts
// the opportunity there. The board and the API both ask this module, so they always agree.

/** The events that move an opportunity into each column. */
export const MOVE_EVENTS: Readonly<Record<Status, readonly EventType[]>> = {
  active: ['revive'],
  interviewing: ['interview', 'meeting'],
  holding: ['hold'],
  closed: ['offer', 'rejected', 'withdrawn'],
};

/**
 * Why an opportunity cannot move from `from` to `to`, or null when it can (staying put is
 * no move, and allowed).
 * @example moveRefusal('closed', 'active') // 'A closed opportunity stays closed. ...'
 * @example moveRefusal('active', 'holding') // null
 */
export function moveRefusal(from: Status, to: Status): string | null {
  if (from === to) return null;
  if (from === 'closed')
    return 'A closed opportunity stays closed. To reopen it, delete its decision on its page.';
  if (to === 'active' && from !== 'holding')
    return 'Only the holding file goes back to active. After an interview, check-ins continue until a decision.';
  return null;
}

/**
 * Whether logging `type` moves an opportunity into column `to`.
 * @example movesTo('hold', 'holding') // true
 */
export function movesTo(type: EventType, to: Status): boolean {
  return MOVE_EVENTS[to].includes(type);
}
