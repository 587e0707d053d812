// The group in one set of numbers: sums over every client, no one client's details.
import { Alert, Group, Loader, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { accountApi } from '../../account-api.js';
import { accountKeys } from '../../account-queries.js';
import { errorText } from '../../api.js';

function Figure(props: { label: string; value: number; hint?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {props.label}
      </Text>
      <Text size="xl" fw={700}>
        {props.value}
      </Text>
      {props.hint ? (
        <Text size="xs" c="dimmed">
          {props.hint}
        </Text>
      ) : null}
    </div>
  );
}

export function GroupNumbers() {
  const group = useQuery({ queryKey: accountKeys.group, queryFn: accountApi.group });
  if (group.isPending) return <Loader aria-label="Loading the group's numbers" size="sm" />;
  if (group.isError) return <Alert color="red">{errorText(group.error)}</Alert>;
  const g = group.data;
  if (g.clients === 0) return null;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="group-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="group-title">
          Your group
        </Title>
        <Text size="sm" c="dimmed">
          {g.clients === 1 ? '1 client' : `${g.clients} clients`}, added up
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <Figure
          label="Steps this week"
          value={g.thisWeek.done}
          hint={`${g.thisWeek.onTime} on time`}
        />
        <Figure label="Overdue now" value={g.overdue} />
        <Figure
          label="In the pipeline"
          value={g.pipeline.active + g.pipeline.interviewing}
          hint={`${g.pipeline.interviewing} interviewing`}
        />
        <Figure label="Holding" value={g.pipeline.holding} />
        <Figure label="Searches started" value={g.funnel.started} />
        <Figure label="Answered" value={g.funnel.answered} />
        <Figure label="Interviewed" value={g.funnel.interviewed} />
        <Figure label="Offers" value={g.funnel.offers} />
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt="sm">
        Steps of the plan, all time: {g.steps.onTime} on time, {g.steps.early} early, {g.steps.late}{' '}
        late, {g.steps.missed} missed.
      </Text>
    </Paper>
  );
}
