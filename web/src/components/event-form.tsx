// The form to log or correct an event: type, date and time, the callback date, a note.
import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { EventInput, EventView } from '../api.js';
import { addDays } from '../dates.js';
import { EVENT_LABELS, EVENT_TYPES, TIMED_EVENTS } from '../labels.js';

export interface EventFormValues {
  type: string;
  date: string;
  time: string;
  until: string;
  note: string;
}

export function initialValues(today: string, event?: EventView, type?: string): EventFormValues {
  if (event) {
    return {
      type: event.type,
      date: event.date,
      time: event.at ? (/T(\d{2}:\d{2})/.exec(event.at)?.[1] ?? '') : '',
      until: event.until ?? '',
      note: event.note ?? '',
    };
  }
  return { type: type ?? 'voicemail', date: today, time: '', until: addDays(today, 7), note: '' };
}

/** The API body for the form's values. */
export function eventInput(v: EventFormValues, editing: boolean): EventInput & { type: string } {
  const timed = v.time !== '';
  return {
    type: v.type,
    ...(timed ? { at: `${v.date}T${v.time}` } : { on: v.date }),
    ...(v.type === 'callback' ? { until: v.until } : {}),
    ...(v.note.trim() ? { note: v.note.trim() } : editing ? { note: null } : {}),
  };
}

export function EventForm(props: {
  today: string;
  event?: EventView;
  type?: string;
  busy: boolean;
  /** What the form is for, for screen readers: "Log an event". */
  label: string;
  submitLabel: string;
  onSubmit: (values: EventFormValues) => void;
  onCancel?: () => void;
  idPrefix: string;
}) {
  const form = useForm<EventFormValues>({
    initialValues: initialValues(props.today, props.event, props.type),
  });
  const v = form.values;
  const timed = TIMED_EVENTS.has(v.type);
  const input = (path: keyof EventFormValues) => ({
    id: `${props.idPrefix}-${path}`,
    ...form.getInputProps(path),
  });
  return (
    <form onSubmit={form.onSubmit(props.onSubmit)} className="event-form" aria-label={props.label}>
      <Stack gap="sm">
        <Group grow align="flex-start" wrap="wrap" gap="sm">
          <NativeSelect
            label="What happened"
            data={EVENT_TYPES.map((t) => ({ value: t, label: EVENT_LABELS[t] ?? t }))}
            {...input('type')}
            miw={180}
          />
          <TextInput type="date" label="Date" required {...input('date')} miw={150} />
          <TextInput
            type="time"
            label={timed ? 'Time' : 'Time (optional)'}
            required={timed && v.date > props.today}
            {...input('time')}
            miw={120}
          />
          {v.type === 'callback' ? (
            <TextInput
              type="date"
              label="Call back on or after"
              required
              {...input('until')}
              miw={150}
            />
          ) : null}
        </Group>
        <Textarea label="Note" autosize minRows={1} {...input('note')} />
        <Group justify="flex-end" gap="xs">
          {props.onCancel ? (
            <Button variant="default" onClick={props.onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={props.busy}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
