// The form to log or correct an event: type, date and time, the callback date, a note.
import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { EventInput, EventView } from '../api.js';
import { addDays } from '../dates.js';
import { EVENT_LABELS, EVENT_TYPES, TIMED_EVENTS } from '../words.js';

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
  submitLabel: string;
  onSubmit: (values: EventFormValues) => void;
  onCancel?: () => void;
  idPrefix: string;
}) {
  const [v, setV] = useState<EventFormValues>(() =>
    initialValues(props.today, props.event, props.type),
  );
  const set = (patch: Partial<EventFormValues>) => setV((old) => ({ ...old, ...patch }));
  const timed = TIMED_EVENTS.has(v.type);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(v);
      }}
      className="event-form"
    >
      <Stack gap="sm">
        <Group grow align="flex-start" wrap="wrap" gap="sm">
          <NativeSelect
            label="What happened"
            value={v.type}
            onChange={(e) => set({ type: e.currentTarget.value })}
            data={EVENT_TYPES.map((t) => ({ value: t, label: EVENT_LABELS[t] ?? t }))}
            id={`${props.idPrefix}-type`}
            miw={180}
          />
          <TextInput
            type="date"
            label="Date"
            value={v.date}
            onChange={(e) => set({ date: e.currentTarget.value })}
            required
            id={`${props.idPrefix}-date`}
            miw={150}
          />
          <TextInput
            type="time"
            label={timed ? 'Time' : 'Time (optional)'}
            value={v.time}
            onChange={(e) => set({ time: e.currentTarget.value })}
            required={timed && v.date > props.today}
            id={`${props.idPrefix}-time`}
            miw={120}
          />
          {v.type === 'callback' ? (
            <TextInput
              type="date"
              label="Call back on or after"
              value={v.until}
              onChange={(e) => set({ until: e.currentTarget.value })}
              required
              id={`${props.idPrefix}-until`}
              miw={150}
            />
          ) : null}
        </Group>
        <Textarea
          label="Note"
          value={v.note}
          onChange={(e) => set({ note: e.currentTarget.value })}
          autosize
          minRows={1}
          id={`${props.idPrefix}-note`}
        />
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
