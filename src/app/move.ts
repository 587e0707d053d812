import { MOVE_EVENTS, moveRefusal } from '../core/moves.js';
import { isOneOf, STATUSES, type Status } from '../core/names.js';
import { dayOf } from './account.js';
import type { AppContext } from './context.js';
import { type EventInput, type Logged, logOn } from './events.js';
import { statusOn } from './lists.js';
import { checkVersion, findOpportunity } from './opportunities.js';
import { attempt, type Result, refuse } from './result.js';
import { oneOf, quote } from './validate.js';

export interface MoveInput extends EventInput {
  readonly opportunity: string;
  /** The column (status) it goes to: active, interviewing, holding or closed. */
  readonly status: string;
  /** The version of the opportunity the move was decided on. */
  readonly version?: number | undefined;
}

/**
 * Moves an opportunity to another column of the pipeline by logging the event that puts it
 * there (hold, revive, a decision, an interview), once the move rule of core/moves.ts allows
 * it from where the opportunity stands today; the board asks the same rule.
 */
export function moveOpportunity(ctx: AppContext, input: MoveInput): Promise<Result<Logged>> {
  return attempt(() =>
    ctx.store.transaction(async (q) => {
      const to: Status = oneOf('status', input.status, STATUSES);
      const o = await findOpportunity(q, ctx.accountId, input.opportunity);
      checkVersion(o, input.version);
      const from = statusOn(o, (await dayOf(q, ctx)).today.toString());
      const refusal = from === to ? `status: it is already ${to}` : moveRefusal(from, to);
      if (refusal) refuse('invalid-input', refusal, 'status');
      const accepted = MOVE_EVENTS[to];
      const type = input.type?.trim().toLowerCase() ?? (accepted.length === 1 ? accepted[0] : '');
      if (type === undefined || !isOneOf(accepted, type)) {
        refuse(
          'invalid-input',
          `type: ${input.type === undefined ? 'the event is required' : `${quote(input.type)} does not move it to ${to}`}; a move to ${to} logs ${accepted.join(', ')}`,
          'type',
        );
      }
      return logOn(q, ctx, o, { ...input, type });
    }),
  );
}
