// Opportunities saved as "not yet applied": nothing is due until the application is
// in, so Today asks for it ("apply, then log it") and logs it right here.
import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarEvent, IconCheck, IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ToStartItem } from '../../api.js';
import { PopoverForm } from '../../components/popover-form.js';
import { shortDay } from '../../dates.js';
import { opportunityName } from '../../labels.js';
import { useLogEvent } from '../../mutations/use-events.js';
import { notify, notifyFailure } from '../../notify.js';

/** What to do first, in words: "Apply, then log it" for a job, "Reach out ..." for a person. */
export function startInWords(kind: string): { todo: string; done: string; type: string } {
  return kind === 'networking'
    ? { todo: 'Reach out, then log it', done: 'Reached out', type: 'reached-out' }
    : { todo: 'Apply, then log it', done: 'Applied', type: 'applied' };
}

export function ToStart(props: { items: readonly ToStartItem[]; today: string }) {
  const log = useLogEvent();
  if (props.items.length === 0) return null;
  const start = (item: ToStartItem, on: string) => {
    const words = startInWords(item.kind);
    log.mutate(
      { opportunityId: item.opportunityId, type: words.type, on },
      {
        onSuccess: (logged) =>
          notify({
            title: opportunityName(item),
            message: `${words.done} ${on === props.today ? 'today' : `on ${shortDay(on)}`}. ${
              logged.opportunity.next[0]
                ? `${logged.opportunity.next[0].label} on ${shortDay(logged.opportunity.next[0].dueOn)}.`
                : ''
            }`,
          }),
        onError: (error) => notifyFailure('Not logged', error),
      },
    );
  };
  return (
    <section aria-labelledby="to-start-title" className="to-start">
      <Title order={2} size="h4" id="to-start-title" mb={4} className="section-title">
        Not applied yet
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Nothing is due on these until you apply (or reach out). Log it here, and the follow-ups
        follow.
      </Text>
      <Stack gap="sm">
        {props.items.map((item) => {
          const words = startInWords(item.kind);
          const name = opportunityName(item);
          return (
            <Paper
              key={item.opportunityId}
              withBorder
              radius="lg"
              p="md"
              className="to-start-card"
              data-opportunity={item.opportunityId}
            >
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                <div className="to-start-what">
                  <Anchor
                    component={Link}
                    to={`/opportunities/${item.opportunityId}`}
                    fw={650}
                    c="inherit"
                    underline="hover"
                    className="to-start-name"
                  >
                    {name}
                  </Anchor>
                  <Text size="sm">
                    {words.todo}
                    {item.contact ? ` · contact ${item.contact}` : ''}
                  </Text>
                  {item.postingUrl ? (
                    <Anchor
                      href={item.postingUrl}
                      target="_blank"
                      rel="noopener noreferrer"
                      size="sm"
                    >
                      The posting <IconExternalLink size={12} aria-hidden />
                    </Anchor>
                  ) : null}
                </div>
                <Group gap="xs" role="group" aria-label={`Log it for ${name}`}>
                  <Button
                    variant="light"
                    leftSection={<IconCheck size={16} />}
                    disabled={log.isPending}
                    onClick={() => start(item, props.today)}
                  >
                    {words.done} today
                  </Button>
                  <AnotherDay
                    today={props.today}
                    busy={log.isPending}
                    label={words.done}
                    onSave={(on) => start(item, on)}
                  />
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </section>
  );
}

function AnotherDay(props: {
  today: string;
  busy: boolean;
  label: string;
  onSave: (on: string) => void;
}) {
  const [date, setDate] = useState(props.today);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && date <= props.today;
  return (
    <PopoverForm
      position="bottom-end"
      button={{
        variant: 'default',
        leftSection: <IconCalendarEvent size={16} />,
        disabled: props.busy,
        children: 'On another day…',
      }}
      valid={valid}
      submit="Log it"
      onSubmit={() => props.onSave(date)}
    >
      <TextInput
        type="date"
        label={`${props.label} on`}
        value={date}
        max={props.today}
        onChange={(e) => setDate(e.currentTarget.value)}
        error={valid ? undefined : 'Choose today or an earlier day'}
      />
    </PopoverForm>
  );
}
