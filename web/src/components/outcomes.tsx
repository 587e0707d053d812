// One click per outcome; "they asked me to call back on..." opens a date field.
import { Button, Loader, Text } from '@mantine/core';
import {
  IconCalendarEvent,
  IconMail,
  IconMessageCircle,
  IconPencil,
  IconPhoneCheck,
  IconPhoneOff,
  IconRecordMail,
} from '@tabler/icons-react';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { VOICEMAIL_NOTE } from '../../../src/core/event-words.js';
import { dayOff, dayOffInWords } from '../business-days.js';
import { addDays, fullDay } from '../dates.js';
import { useToday } from '../queries.js';
import { PopoverForm } from './popover-form.js';

/** What a click logs: an event type, and for some a note or a date. */
export interface Outcome {
  readonly key: string;
  readonly label: string;
  readonly type: string;
  readonly note?: string;
  readonly icon: ReactNode;
  /** The keyboard shortcut, if any. */
  readonly hotkey?: 'v' | 't' | 'n';
}

const ICON = 16;

// The date picker (@mantine/dates, dayjs) loads when "Call back on…" is opened, not with Today.
const CallbackPicker = lazy(() =>
  import('./callback-picker.js').then((m) => ({ default: m.CallbackPicker })),
);

const ATTEMPTS: readonly Outcome[] = [
  {
    key: 'voicemail',
    label: 'Left voicemail',
    type: 'voicemail',
    icon: <IconRecordMail size={ICON} />,
    hotkey: 'v',
  },
  {
    key: 'no-answer',
    label: 'No answer',
    type: 'no-answer',
    icon: <IconPhoneOff size={ICON} />,
    hotkey: 'n',
  },
  {
    key: 'talked',
    label: 'Talked',
    type: 'talked',
    icon: <IconPhoneCheck size={ICON} />,
    hotkey: 't',
  },
  { key: 'reply', label: 'They replied', type: 'reply', icon: <IconMessageCircle size={ICON} /> },
  { key: 'email', label: 'Sent e-mail', type: 'email', icon: <IconMail size={ICON} /> },
];

const THANK_YOU_CALL: readonly Outcome[] = [
  {
    key: 'call-done',
    label: 'Call done',
    type: 'thank-you-call',
    icon: <IconPhoneCheck size={ICON} />,
    hotkey: 't',
  },
  {
    key: 'call-voicemail',
    label: 'Left voicemail',
    type: 'thank-you-call',
    note: VOICEMAIL_NOTE,
    icon: <IconRecordMail size={ICON} />,
    hotkey: 'v',
  },
];

const THANK_YOU_NOTE: readonly Outcome[] = [
  {
    key: 'note-sent',
    label: 'Note sent',
    type: 'thank-you-note',
    icon: <IconPencil size={ICON} />,
  },
];

/** The outcomes that make sense for a step. */
export function outcomesFor(action: string): readonly Outcome[] {
  if (action === 'thank-you-call') return THANK_YOU_CALL;
  if (action === 'thank-you-note') return THANK_YOU_NOTE;
  return ATTEMPTS;
}

export function OutcomeButtons(props: {
  action: string;
  today: string;
  busy: boolean;
  onLog: (outcome: Outcome, extra?: { until: string }) => void;
  /** The words of the step for screen readers: "for Jane Doe". */
  context: string;
}) {
  const outcomes = outcomesFor(props.action);
  const withCallback = props.action === 'follow-up' || props.action === 'check-in';
  return (
    <fieldset className="outcomes">
      <legend className="visually-hidden">Log what happened {props.context}</legend>
      {outcomes.map((o) => (
        <Button
          key={o.key}
          variant="default"
          leftSection={o.icon}
          disabled={props.busy}
          onClick={() => props.onLog(o)}
          data-outcome={o.key}
          aria-keyshortcuts={o.hotkey}
        >
          {o.label}
        </Button>
      ))}
      {withCallback ? (
        <CallbackButton
          today={props.today}
          busy={props.busy}
          onSave={(until) =>
            props.onLog(
              { key: 'callback', label: 'Asked to call back', type: 'callback', icon: null },
              { until },
            )
          }
        />
      ) : null}
    </fieldset>
  );
}

function CallbackButton(props: { today: string; busy: boolean; onSave: (until: string) => void }) {
  const days = useToday().data?.businessDays;
  const [chosen, setChosen] = useState<string | null>(null);
  // The next business day unless the user picks another: never a holiday or a weekend day.
  const date = chosen ?? days?.nextBusinessDay ?? addDays(props.today, 1);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= props.today;
  const off = days ? dayOff(date, days) : null;
  return (
    <PopoverForm
      position="bottom-start"
      button={{
        variant: 'default',
        leftSection: <IconCalendarEvent size={ICON} />,
        disabled: props.busy,
        'data-outcome': 'callback',
        children: 'Call back on…',
      }}
      label="Call back on"
      valid={valid}
      submit="Save"
      onSubmit={() => props.onSave(date)}
    >
      <Text size="sm" id="callback-label">
        They asked me to call back on
      </Text>
      <Suspense fallback={<Loader size="sm" aria-label="Loading the calendar" />}>
        <CallbackPicker today={props.today} date={date} days={days} onChange={setChosen} />
      </Suspense>
      <Text size="sm" aria-live="polite" className="callback-chosen">
        {fullDay(date)}
        {off ? `: ${dayOffInWords(off)}. The call moves to the next business day.` : ''}
      </Text>
    </PopoverForm>
  );
}
