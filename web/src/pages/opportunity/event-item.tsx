// One event of the timeline: what, when, its note; corrected or deleted in place.
import { ActionIcon, Anchor, Group, Paper, Text } from '@mantine/core';
import { IconCalendarPlus, IconInbox, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { api, type EventView, type OpportunityView } from '../../api.js';
import { ConfirmPopover } from '../../components/confirm-popover.js';
import { EventForm, eventInput } from '../../components/event-form.js';
import { fullDay, relativeDay, timeOf } from '../../dates.js';
import { eventLabel } from '../../labels.js';
import { isStale } from '../../mutations/stale.js';
import { useDeleteEvent, useEditEvent } from '../../mutations/use-events.js';
import { notify, notifyFailure } from '../../notify.js';

export function EventItem(props: { event: EventView; o: OpportunityView }) {
  const { event, o } = props;
  const [editing, setEditing] = useState(false);
  // The version the correction is based on: what the user saw when they began.
  const [version, setVersion] = useState(o.version);
  const edit = useEditEvent(o.id);
  const remove = useDeleteEvent();
  const what = `${eventLabel(event.type, event.note)} of ${fullDay(event.date)}`;
  return (
    <div className="event-item" data-event={event.id} data-type={event.type}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={600}>{eventLabel(event.type, event.note)}</Text>
          <Text size="sm" c="dimmed">
            {fullDay(event.date)}
            {event.at ? `, ${timeOf(event.at)}` : ''} · {relativeDay(event.date, o.asOf)}
            {event.until ? ` · call back on or after ${fullDay(event.until)}` : ''}
          </Text>
          {event.inbox ? (
            <Text size="sm" c="dimmed" mt={2} className="event-origin">
              <IconInbox size={14} aria-hidden style={{ verticalAlign: '-2px' }} />{' '}
              {event.inbox.sent ? 'Sent, seen in your mailbox' : 'From the inbox'}: “
              {event.inbox.subject || '(no subject)'}”
            </Text>
          ) : null}
          {event.note ? (
            <Text size="sm" mt={2} className="event-note">
              {event.note}
            </Text>
          ) : null}
          {(event.type === 'interview' || event.type === 'meeting') && event.date >= o.asOf ? (
            <Anchor
              href={api.interviewFile(event.id)}
              download
              size="sm"
              className="add-to-calendar"
              aria-label={`Add to calendar: the ${event.type} of ${fullDay(event.date)} (.ics file)`}
            >
              <IconCalendarPlus size={14} aria-hidden style={{ verticalAlign: '-2px' }} /> Add to
              calendar
            </Anchor>
          ) : null}
        </div>
        <Group gap={2} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Edit ${what}`}
            onClick={() => {
              setVersion(o.version);
              setEditing((e) => !e);
            }}
          >
            <IconPencil size={16} />
          </ActionIcon>
          <ConfirmPopover
            position="bottom-end"
            question="Delete this event? The plan is recomputed without it."
            keep="Keep"
            confirm="Delete"
            danger
            busy={remove.isPending}
            onConfirm={() =>
              remove.mutate(event.id, {
                onSuccess: () =>
                  notify({ message: `${eventLabel(event.type, event.note)} deleted.` }),
                onError: (error) => notifyFailure('Not deleted', error),
              })
            }
            target={(toggle) => (
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Delete ${what}`}
                onClick={toggle}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          />
        </Group>
      </Group>
      {editing ? (
        <Paper withBorder p="sm" mt="xs" radius="md">
          <EventForm
            today={o.asOf}
            event={event}
            busy={edit.isPending}
            label={`Correct ${what}`}
            submitLabel="Save"
            idPrefix={`edit-${event.id}`}
            onCancel={() => setEditing(false)}
            onSubmit={(values) =>
              edit.mutate(
                { eventId: event.id, input: eventInput(values, true), version },
                {
                  onSuccess: () => {
                    setEditing(false);
                    notify({ message: 'Event corrected; the plan follows.' });
                  },
                  onError: (error) => {
                    if (!isStale(error)) notifyFailure('Not saved', error);
                  },
                },
              )
            }
          />
        </Paper>
      ) : null}
    </div>
  );
}
