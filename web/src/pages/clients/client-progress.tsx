// A client's numbers, as a `progress` grant shows them: steps on time and the funnel. Numbers
// only: no opportunity, contact or note of the client is read for this.
import {
  Alert,
  Group,
  Loader,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { accountApi, type ClientRow } from '../../account-api.js';
import { accountKeys } from '../../account-queries.js';
import { errorText } from '../../api.js';
import { fullDay } from '../../dates.js';
import { onTimeWords } from './clients-page.js';

function Numbers(props: { items: readonly (readonly [string, string | number])[] }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" component="dl" className="numbers">
      {props.items.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text component="dd" size="lg" fw={700} m={0}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** Counts as labelled bars, each out of the largest; the numbers are written beside them. */
function CountBars(props: { label: string; rows: readonly { label: string; value: number }[] }) {
  const top = Math.max(1, ...props.rows.map((r) => r.value));
  return (
    <Stack gap={6} component="ul" className="plain-list" aria-label={props.label}>
      {props.rows.map((r) => (
        <li key={r.label}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{r.label}</Text>
            <Text size="sm" fw={600}>
              {r.value}
            </Text>
          </Group>
          <Progress value={(r.value / top) * 100} size="sm" aria-hidden />
        </li>
      ))}
    </Stack>
  );
}

export function ClientProgress(props: { row: ClientRow }) {
  const r = props.row;
  const stats = useQuery({
    queryKey: accountKeys.client(r.id, 'stats'),
    queryFn: () => accountApi.clientStats(r.id),
  });
  return (
    <Stack gap="lg">
      <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="week-title">
        <Title order={2} size="h4" mb="sm" id="week-title">
          This week
        </Title>
        <Numbers
          items={[
            ['Steps on time', onTimeWords(r)],
            ['Overdue now', r.overdue],
            ['Last activity', r.lastActivity ? fullDay(r.lastActivity) : 'none yet'],
            ['Next interview', r.nextInterview ? fullDay(r.nextInterview.date) : 'none planned'],
            ['Active', r.pipeline.active],
            ['Interviewing', r.pipeline.interviewing],
            ['Holding', r.pipeline.holding],
            ['Closed', r.pipeline.closed],
          ]}
        />
      </Paper>
      <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="funnel-title">
        <Title order={2} size="h4" mb="xs" id="funnel-title">
          The search so far
        </Title>
        {stats.isPending ? <Loader aria-label="Loading the numbers" size="sm" /> : null}
        {stats.isError ? <Alert color="red">{errorText(stats.error)}</Alert> : null}
        {stats.data ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <div>
              <Text size="sm" c="dimmed" mb="xs">
                Of the searches started, how many got an answer, an interview, an offer.
              </Text>
              <CountBars
                label="Funnel"
                rows={[
                  { label: 'Started', value: stats.data.funnel.started },
                  { label: 'Answered', value: stats.data.funnel.answered },
                  { label: 'Interviewed', value: stats.data.funnel.interviewed },
                  { label: 'Offers', value: stats.data.funnel.offers },
                ]}
              />
            </div>
            <div>
              <Text size="sm" c="dimmed" mb="xs">
                The steps of the plan: done in their window, early, late, or missed.
              </Text>
              <CountBars
                label="Steps"
                rows={[
                  { label: 'On time', value: stats.data.steps.onTime },
                  { label: 'Early', value: stats.data.steps.early },
                  { label: 'Late', value: stats.data.steps.late },
                  { label: 'Missed', value: stats.data.steps.missed },
                ]}
              />
            </div>
          </SimpleGrid>
        ) : null}
      </Paper>
    </Stack>
  );
}
