// How the morning e-mail went: the last day's send, and the answer to "send now".
import { Alert, Text } from '@mantine/core';
import type { DigestRun, DigestSettingsView } from '../api.js';
import { fullDay } from '../dates.js';

type Last = NonNullable<DigestSettingsView['last']>;

/** An instant as the user's clock shows it: "08:00". */
function clock(instant: string, timeZone: string): string {
  return new Date(instant).toLocaleTimeString('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function LastSend({ last, timeZone }: { last: Last; timeZone: string }) {
  const day = fullDay(last.day);
  switch (last.status) {
    case 'sent':
      return (
        <Alert color="teal" title="Last morning e-mail" className="digest-status">
          Sent on {day}
          {last.sentAt ? ` at ${clock(last.sentAt, timeZone)}` : ''} to {last.recipients}.
        </Alert>
      );
    case 'nothing-due':
      return (
        <Alert color="gray" title="Last morning e-mail" className="digest-status">
          Nothing was due on {day}, so nothing was sent.
        </Alert>
      );
    case 'sending':
      return (
        <Alert color="blue" title="Morning e-mail" className="digest-status">
          Being sent now (attempt {last.attempts}).
        </Alert>
      );
    case 'failed':
    case 'gave-up':
      return (
        <Alert
          color={last.status === 'failed' ? 'orange' : 'red'}
          title={`The morning e-mail of ${day} was not sent`}
          className="digest-status"
          role="status"
        >
          <Text size="sm">The mail server answered: {last.lastError}</Text>
          <Text size="sm" mt={4}>
            {last.status === 'failed' && last.nextAttemptAt
              ? `Attempt ${last.attempts}; the next one is at ${clock(last.nextAttemptAt, timeZone)}.`
              : `Given up after ${last.attempts} attempts. Check the settings below and send it now.`}
          </Text>
        </Alert>
      );
  }
}

export function runMessage(run: DigestRun): {
  tone: 'success' | 'warning' | 'error';
  message: string;
} {
  switch (run.outcome) {
    case 'sent':
      return { tone: 'success', message: `Sent to ${run.send.recipients}.` };
    case 'nothing-due':
      return { tone: 'success', message: 'Nothing is due today: there is nothing to send.' };
    case 'done':
      return { tone: 'warning', message: "Today's e-mail was already sent: once a day is enough." };
    case 'failed':
      return { tone: 'error', message: `Not sent: ${run.send.lastError ?? 'unknown error'}` };
    case 'not-configured':
      return { tone: 'error', message: run.message };
    default:
      return { tone: 'warning', message: 'It is being sent right now.' };
  }
}
