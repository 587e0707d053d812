// One click on an outcome button ("Left voicemail", "Call back on…"): the event it
// logs, the same from Today and from an opportunity's page.
import type { Outcome } from '../components/outcomes.js';
import { notify, notifyFailure } from '../notify.js';
import { isOffline, queueOutcome } from '../offline-queue.js';
import { useLogEvent } from './use-events.js';

export interface OutcomeVariables {
  readonly opportunityId: string;
  readonly outcome: Outcome;
  /** For "call back on…": the day they asked for. */
  readonly until?: string;
  /** Whom it was about, for the words of a notice. */
  readonly person: string;
  /** Today, the server's: an outcome kept offline is logged on the day it happened. */
  readonly today?: string | undefined;
}

/**
 * Logs an outcome; a refusal is said in a notification. Without a connection, it is kept on
 * this device and sent when the connection is back (offline-queue.ts), and said so.
 */
export function useLogOutcome() {
  const log = useLogEvent();
  return {
    isPending: log.isPending,
    log: (
      { opportunityId, outcome, until, person, today }: OutcomeVariables,
      onSuccess: (logged: Awaited<ReturnType<typeof log.mutateAsync>>) => void,
    ) =>
      log.mutate(
        {
          opportunityId,
          type: outcome.type,
          ...(outcome.note ? { note: outcome.note } : {}),
          ...(until ? { until } : {}),
        },
        {
          onSuccess,
          onError: (error) => {
            if (!isOffline(error)) return notifyFailure('Not logged', error);
            queueOutcome({
              opportunityId,
              type: outcome.type,
              ...(outcome.note ? { note: outcome.note } : {}),
              ...(until ? { until } : {}),
              label: `${outcome.label} · ${person}`,
              ...(today ? { on: today } : {}),
            });
            notify({
              tone: 'warning',
              title: 'Kept on this device',
              message: `No connection: "${outcome.label}" for ${person} is sent when you are back online.`,
            });
          },
        },
      ),
  };
}
