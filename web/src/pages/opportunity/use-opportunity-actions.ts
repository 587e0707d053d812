// What the opportunity page does: log an outcome or an event, schedule, close,
// undo the last of these, delete. The last logged stays on the page with its undo.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Logged, OpportunityView } from '../../api.js';
import type { Decision } from '../../components/dialogs.js';
import { nextInWords } from '../../components/done-card.js';
import type { Outcome } from '../../components/outcomes.js';
import { fullDay, timeOf } from '../../dates.js';
import { eventLabel } from '../../labels.js';
import { type LogVariables, useDeleteEvent, useLogEvent } from '../../mutations/use-events.js';
import { useDeleteOpportunity } from '../../mutations/use-opportunities.js';
import { notify, notifyFailure } from '../../notify.js';

export interface LastLogged {
  readonly text: string;
  readonly warnings: readonly string[];
  readonly eventId: string;
}

const next = (logged: Logged) => nextInWords(logged.opportunity, logged.opportunity.asOf);

export function useOpportunityActions(o: OpportunityView) {
  const navigate = useNavigate();
  const log = useLogEvent();
  const undo = useDeleteEvent();
  const remove = useDeleteOpportunity(o.id);
  const [lastLogged, setLastLogged] = useState<LastLogged | null>(null);
  const keep = (logged: Logged, text: string) =>
    setLastLogged({ text, warnings: logged.warnings, eventId: logged.event.id });

  /** Logs an event; says what it produced, there and in a notification. */
  const logEvent = (input: Omit<LogVariables, 'opportunityId'>, what: string, then?: () => void) =>
    log.mutate(
      { opportunityId: o.id, ...input },
      {
        onSuccess: (logged) => {
          keep(logged, `${what}. ${next(logged)}`);
          notify({ title: eventLabel(input.type), message: next(logged) });
          then?.();
        },
        onError: (error) => notifyFailure('Not logged', error),
      },
    );

  return {
    busy: log.isPending,
    logError: log.error,
    lastLogged,
    dismiss: () => setLastLogged(null),
    logOutcome: (outcome: Outcome, extra?: { until: string }) =>
      logEvent(
        {
          type: outcome.type,
          ...(outcome.note ? { note: outcome.note } : {}),
          ...(extra ? { until: extra.until } : {}),
        },
        outcome.label,
      ),
    logEvent,
    /** The first event: applied, or reached out, today. */
    logStart: () =>
      o.kind === 'job'
        ? logEvent({ type: 'applied' }, 'Applied today')
        : logEvent({ type: 'reached-out' }, 'Reached out today'),
    schedule: (
      input: { type: 'interview' | 'meeting'; at: string; note: string },
      done: () => void,
    ) =>
      log.mutate(
        { opportunityId: o.id, type: input.type, at: input.at, ...noteOf(input.note) },
        {
          onSuccess: (logged) => {
            done();
            const at = logged.event.at ? ` at ${timeOf(logged.event.at)}` : '';
            const what = input.type === 'meeting' ? 'Meeting' : 'Interview';
            keep(
              logged,
              `${what} scheduled for ${fullDay(logged.event.date)}${at}. ${next(logged)}`,
            );
          },
        },
      ),
    close: (decision: Decision, note: string, done: () => void) =>
      log.mutate(
        { opportunityId: o.id, type: decision, ...noteOf(note) },
        {
          onSuccess: (logged) => {
            done();
            keep(logged, next(logged));
          },
          onError: (error) => notifyFailure('Not closed', error),
        },
      ),
    undoing: undo.isPending,
    undo: (eventId: string) =>
      undo.mutate(eventId, {
        onSuccess: () => {
          setLastLogged(null);
          notify({ message: 'Undone.' });
        },
        onError: (error) => notifyFailure('Not undone', error),
      }),
    deleting: remove.isPending,
    deleteIt: () =>
      remove.mutate(undefined, {
        onSuccess: async () => {
          notify({ message: 'Opportunity deleted.' });
          await navigate('/pipeline');
        },
      }),
  };
}

function noteOf(note: string): { note?: string } {
  return note.trim() ? { note: note.trim() } : {};
}
