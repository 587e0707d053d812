// Moving a card: the event each column stands for (hold, revive, a decision, an
// interview), asked for in a dialog where it needs more than a click.
import { useState } from 'react';
import { moveRefusal } from '../../../../src/core/moves.js';
import type { OpportunitySummary, Status } from '../../api.js';
import { opportunityName, STATUS_LABELS } from '../../labels.js';
import { useLogEvent } from '../../mutations/use-events.js';
import { notify, notifyFailure } from '../../notify.js';

interface MoveEvent {
  readonly type: string;
  readonly at?: string;
  readonly note?: string;
}

export function usePipelineMoves() {
  const log = useLogEvent();
  const [closing, setClosing] = useState<OpportunitySummary | null>(null);
  const [scheduling, setScheduling] = useState<OpportunitySummary | null>(null);

  const move = (item: OpportunitySummary, event: MoveEvent, done?: () => void) =>
    log.mutate(
      {
        opportunityId: item.id,
        type: event.type,
        ...(event.at ? { at: event.at } : {}),
        ...(event.note ? { note: event.note } : {}),
      },
      {
        onSuccess: (logged) => {
          notify({
            title: opportunityName(item),
            message: `Now ${STATUS_LABELS[logged.opportunity.status].toLowerCase()}.`,
          });
          done?.();
        },
        onError: (error) => notifyFailure('Not moved', error),
      },
    );

  return {
    busy: log.isPending,
    error: log.error,
    closing,
    scheduling,
    cancel: () => {
      setClosing(null);
      setScheduling(null);
    },
    /** A card dropped on a column, or chosen in its menu. */
    request: (item: OpportunitySummary, to: Status) => {
      if (item.status === to) return;
      const refusal = moveRefusal(item.status, to);
      if (refusal) notify({ tone: 'warning', title: 'Not moved', message: refusal });
      else if (to === 'closed') setClosing(item);
      else if (to === 'interviewing') setScheduling(item);
      else move(item, { type: to === 'holding' ? 'hold' : 'revive' });
    },
    close: (item: OpportunitySummary, decision: string, note: string) =>
      move(item, { type: decision, note }, () => setClosing(null)),
    schedule: (item: OpportunitySummary, input: { type: string; at: string; note: string }) =>
      move(item, input, () => setScheduling(null)),
  };
}
