// What happened: the events, newest first, and the form to log another.
import { Button, Paper, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import type { OpportunityView } from '../../api.js';
import { EventForm, eventInput } from '../../components/event-form.js';
import { eventLabel } from '../../labels.js';
import { Block } from './block.js';
import { EventItem } from './event-item.js';
import type { useOpportunityActions } from './use-opportunity-actions.js';

export function EventsSection(props: {
  o: OpportunityView;
  actions: ReturnType<typeof useOpportunityActions>;
}) {
  const { o, actions } = props;
  const [logging, setLogging] = useState(false);
  return (
    <Block
      title="What happened"
      action={
        <Button
          variant="light"
          size="sm"
          onClick={() => setLogging((l) => !l)}
          aria-expanded={logging}
        >
          {logging ? 'Close' : 'Log an event'}
        </Button>
      }
    >
      {logging ? (
        <Paper withBorder radius="lg" p="md" mb="md">
          <EventForm
            today={o.asOf}
            busy={actions.busy}
            label="Log an event"
            submitLabel="Log it"
            idPrefix="log"
            onSubmit={(values) =>
              actions.logEvent(eventInput(values, false), eventLabel(values.type), () =>
                setLogging(false),
              )
            }
          />
        </Paper>
      ) : null}
      {o.events.length ? (
        <Paper withBorder radius="lg" p="md">
          <Timeline active={o.events.length} bulletSize={14} lineWidth={2} className="events">
            {[...o.events].reverse().map((e) => (
              <Timeline.Item key={e.id}>
                <EventItem event={e} o={o} />
              </Timeline.Item>
            ))}
          </Timeline>
        </Paper>
      ) : (
        <Text c="dimmed">No events yet.</Text>
      )}
    </Block>
  );
}
