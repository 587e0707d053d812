// A client's Today and pipeline under a `full` grant, read-only: no outcome buttons, no
// moves, no forms (the server answers any write 403 as well).
import { Alert, Badge, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { accountApi } from '../../account-api.js';
import { accountKeys } from '../../account-queries.js';
import { errorText, type OpportunitySummary, type TodayItem } from '../../api.js';
import { dayWithRelative, fullDay } from '../../dates.js';
import { companyAndTitle, opportunityName, STATUS_LABELS } from '../../labels.js';

function StepLine(props: { item: TodayItem; today: string }) {
  const i = props.item;
  return (
    <Paper withBorder radius="md" p="sm" component="li">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <div>
          <Text fw={600}>{i.contact ?? opportunityName(i)}</Text>
          <Text size="sm" c="dimmed">
            {companyAndTitle(i.company, i.title)}
          </Text>
        </div>
        <Stack gap={2} align="flex-end">
          <Text size="sm">{i.label}</Text>
          <Badge color={i.overdue ? 'orange' : 'blue'} variant="light">
            {i.overdue
              ? `overdue since ${fullDay(i.dueBy)}`
              : dayWithRelative(i.dueOn, props.today)}
          </Badge>
        </Stack>
      </Group>
    </Paper>
  );
}

function ClientToday(props: { client: string }) {
  const today = useQuery({
    queryKey: accountKeys.client(props.client, 'today'),
    queryFn: () => accountApi.clientToday(props.client),
  });
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="client-today">
      <Title order={2} size="h4" mb="sm" id="client-today">
        Their today
      </Title>
      {today.isPending ? <Loader aria-label="Loading their today" size="sm" /> : null}
      {today.isError ? <Alert color="red">{errorText(today.error)}</Alert> : null}
      {today.data ? (
        <Stack gap="sm">
          {today.data.interviews.length > 0 ? (
            <Text size="sm">
              Interviews coming:{' '}
              {today.data.interviews
                .map((v) => `${fullDay(v.date)} (${opportunityName(v)})`)
                .join(', ')}
            </Text>
          ) : null}
          {today.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing due today.
            </Text>
          ) : (
            <Stack gap="xs" component="ul" className="plain-list" aria-label="Due now">
              {today.data.items.map((i) => (
                <StepLine key={`${i.opportunityId}-${i.label}`} item={i} today={today.data.date} />
              ))}
            </Stack>
          )}
          {today.data.upcoming.length > 0 ? (
            <>
              <Title order={3} size="h5">
                Coming days
              </Title>
              <Stack gap="xs" component="ul" className="plain-list" aria-label="Coming days">
                {today.data.upcoming.slice(0, 10).map((i) => (
                  <StepLine
                    key={`${i.opportunityId}-${i.label}`}
                    item={i}
                    today={today.data.date}
                  />
                ))}
              </Stack>
            </>
          ) : null}
        </Stack>
      ) : null}
    </Paper>
  );
}

const COLUMNS = ['active', 'interviewing', 'holding', 'closed'] as const;

function ClientPipeline(props: { client: string }) {
  const pipeline = useQuery({
    queryKey: accountKeys.client(props.client, 'pipeline'),
    queryFn: () => accountApi.clientPipeline(props.client),
  });
  const by = (status: string): OpportunitySummary[] =>
    (pipeline.data?.items ?? []).filter((o) => o.status === status);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="client-pipeline">
      <Title order={2} size="h4" mb="sm" id="client-pipeline">
        Their pipeline
      </Title>
      {pipeline.isPending ? <Loader aria-label="Loading their pipeline" size="sm" /> : null}
      {pipeline.isError ? <Alert color="red">{errorText(pipeline.error)}</Alert> : null}
      {pipeline.data ? (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          {COLUMNS.map((status) => (
            <div key={status}>
              <Title order={3} size="h6" mb="xs">
                {STATUS_LABELS[status]} ({by(status).length})
              </Title>
              <Stack gap={6} component="ul" className="plain-list">
                {by(status).map((o) => (
                  <Paper key={o.id} withBorder radius="sm" p="xs" component="li">
                    <Text size="sm" fw={600}>
                      {opportunityName(o)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {o.contact ?? ''}
                      {o.next ? ` · ${o.next.label}, ${fullDay(o.next.dueOn)}` : ''}
                    </Text>
                  </Paper>
                ))}
              </Stack>
            </div>
          ))}
        </SimpleGrid>
      ) : null}
    </Paper>
  );
}

export function ClientFull(props: { client: string }) {
  return (
    <Stack gap="lg">
      <ClientToday client={props.client} />
      <ClientPipeline client={props.client} />
    </Stack>
  );
}
