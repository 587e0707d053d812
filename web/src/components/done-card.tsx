// What a logged outcome produced: the next step of the method, with an undo.
import { Alert, Button, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import type { Logged, OpportunityView } from '../api.js';
import { dayWithRelative, shortDay } from '../dates.js';

/** "Next: Follow-up 3 of 3 on Wed 2 Dec (in 3 days)". */
export function nextInWords(o: OpportunityView, today: string): string {
  if (o.status === 'closed') {
    const decision = [...o.events]
      .reverse()
      .find((e) => ['offer', 'rejected', 'withdrawn'].includes(e.type));
    return decision?.type === 'offer'
      ? 'Closed with an offer. Congratulations!'
      : 'Closed. Nothing more is due.';
  }
  if (o.status === 'holding') return 'Now in the holding file. Nothing is due; it stays findable.';
  const step = o.next[0];
  if (step) {
    const when =
      step.dueOn === step.dueBy
        ? `on ${dayWithRelative(step.dueOn, today)}`
        : `between ${shortDay(step.dueOn)} and ${shortDay(step.dueBy)}`;
    return `Next: ${step.label} ${when}`;
  }
  if (o.holdsOn) {
    return o.followUps >= o.maxFollowUps
      ? `All ${o.maxFollowUps} follow-ups made. If nobody calls back, it goes to the holding file on ${shortDay(o.holdsOn)}.`
      : `It goes to the holding file on ${shortDay(o.holdsOn)}, as you logged.`;
  }
  return 'Nothing more is due for now.';
}

export interface Done {
  readonly key: string;
  readonly person: string;
  readonly what: string;
  readonly logged: Logged;
}

export function DoneCard(props: { done: Done; today: string; busy: boolean; onUndo: () => void }) {
  const { done } = props;
  return (
    <Paper className="done-card" withBorder radius="lg" p="md" role="status">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon radius="xl" color="teal" size="lg" aria-hidden>
            <IconCheck size={18} />
          </ThemeIcon>
          <div>
            <Text fw={600}>
              {done.person}: {done.what}
            </Text>
            <Text size="sm" className="next-step">
              {nextInWords(done.logged.opportunity, props.today)}
            </Text>
          </div>
        </Group>
        <Button
          variant="subtle"
          color="gray"
          size="sm"
          leftSection={<IconArrowBackUp size={16} />}
          onClick={props.onUndo}
          disabled={props.busy}
        >
          Undo
        </Button>
      </Group>
      {done.logged.warnings.map((w) => (
        <Alert
          key={w}
          mt="sm"
          color="orange"
          variant="light"
          icon={<IconInfoCircle size={18} />}
          className="warning"
        >
          {w.charAt(0).toUpperCase() + w.slice(1)}
        </Alert>
      ))}
    </Paper>
  );
}
