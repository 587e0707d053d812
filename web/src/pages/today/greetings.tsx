// What Today says besides the cards: how much is due, a welcome for a new user,
// and "all caught up".
import { Anchor, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMoodSmile, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { TodayItem } from '../../api.js';
import { MethodSummary } from '../../components/method-summary.js';
import { QuickAdd } from '../../components/quick-add.js';

export function Summary(props: { due: readonly TodayItem[] }) {
  const overdue = props.due.filter((i) => i.overdue).length;
  const people = new Set(props.due.map((i) => i.opportunityId)).size;
  if (props.due.length === 0) return <Text c="dimmed">Nothing is due today. Well done.</Text>;
  return (
    <Text c="dimmed">
      {people === 1 ? '1 person to contact' : `${people} people to contact`}
      {overdue ? ` · ${overdue} from earlier days` : ''}. One call at a time.
    </Text>
  );
}

export function NewUser(props: { today: string }) {
  return (
    <Stack gap="lg" className="empty-today">
      <Paper radius="lg" p="lg" className="welcome">
        <Title order={2} size="h3">
          Welcome. Let's start with one application.
        </Title>
        <Text mt="xs">
          Add a job you applied to. Three business days later it shows up here with the person to
          call and the words to say.
        </Text>
        <Group mt="md" gap="sm" className="wrap-buttons">
          <Button component={Link} to="/opportunities/new" leftSection={<IconPlus size={18} />}>
            Add an opportunity
          </Button>
          <Button component={Link} to="/settings" variant="default">
            Set your name and phone for the scripts
          </Button>
        </Group>
      </Paper>
      <QuickAdd today={props.today} />
      <MethodSummary />
    </Stack>
  );
}

export function AllClear(props: { empty: boolean }) {
  return (
    <Paper radius="lg" p="lg" className="all-clear">
      <Group gap="md" wrap="nowrap">
        <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
          <IconMoodSmile size={26} />
        </ThemeIcon>
        <div>
          <Text fw={600}>You are all caught up.</Text>
          <Text size="sm" c="dimmed">
            Nothing is due today.{' '}
            {props.empty
              ? 'Add your next application below, '
              : 'Use the time to apply somewhere new, '}
            or{' '}
            <Anchor component={Link} to="/method" size="sm" underline="always">
              read about the method
            </Anchor>
            .
          </Text>
        </div>
      </Group>
    </Paper>
  );
}
