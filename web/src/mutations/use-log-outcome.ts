// One click on an outcome button ("Left voicemail", "Call back on…"): the event it
// logs, the same from Today and from an opportunity's page.
import type { Outcome } from '../components/outcomes.js';
import { notifyFailure } from '../notify.js';
import { useLogEvent } from './use-events.js';

export interface OutcomeVariables {
  readonly opportunityId: string;
  readonly outcome: Outcome;
  /** For "call back on…": the day they asked for. */
  readonly until?: string;
}

/** Logs an outcome; a refusal is said in a notification unless the caller says it. */
export function useLogOutcome() {
  const log = useLogEvent();
  return {
    isPending: log.isPending,
    log: (
      { opportunityId, outcome, until }: OutcomeVariables,
      onSuccess: (logged: Awaited<ReturnType<typeof log.mutateAsync>>) => void,
    ) =>
      log.mutate(
        {
          opportunityId,
          type: outcome.type,
          ...(outcome.note ? { note: outcome.note } : {}),
          ...(until ? { until } : {}),
        },
        { onSuccess, onError: (error) => notifyFailure('Not logged', error) },
      ),
  };
}
