// Progress: the numbers of the search as charts, each saying in one sentence what it shows
// and, where it holds, what the seed articles say. Its chart code loads with this page only.
import { Alert, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api, errorText, type StatsView } from '../api.js';
import { BarChart } from '../components/bar-chart.js';

const BLUE = '#1c7ed6';
const TEAL = '#0ca678';
const COLORS = { onTime: '#2f9e44', early: '#f59f00', late: '#e8590c', missed: '#c92a2a' };
const SOURCE_WORDS: Record<string, string> = {
  posting: 'Posting',
  referral: 'Referral',
  networking: 'Networking',
  recruiter: 'Recruiter',
  other: 'Other',
};
const CHANNEL_WORDS: Record<string, string> = { call: 'Call', email: 'E-mail', message: 'Message' };

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`;
const shortDay = (iso: string) =>
  new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

function Chart({ title, says, children }: { title: string; says: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text c="dimmed" size="sm" mt={4} mb="sm">
        {says}
      </Text>
      {children}
    </Paper>
  );
}

function sourcesSentence(s: StatsView): string {
  const interviews = s.sources.reduce((a, x) => a + x.interviewed, 0);
  const fromPostings = s.sources.find((x) => x.source === 'posting')?.interviewed ?? 0;
  const base = 'Opportunities by where they came from, and how many led to an interview.';
  return interviews === 0
    ? `${base} Only about 20% of jobs are advertised, says the article: ask for referrals and meetings too.`
    : `${base} Only about 20% of jobs are advertised, says the article: ${interviews - fromPostings} of your ${interviews} interviews came from elsewhere than a posting.`;
}

function Charts({ s, weeks }: { s: StatsView; weeks: StatsWeeks }) {
  const f = s.funnel;
  const u = s.followedUp;
  const numbers = s.followUps.map((n) =>
    n.number === 0 ? 'Application' : `Follow-up ${n.number}`,
  );
  const stepsTotal = weeks.reduce((a, w) => a + w.onTime + w.early + w.late + w.missed, 0);
  const onTime = weeks.reduce((a, w) => a + w.onTime, 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Chart
        title="Funnel"
        says={`Of the ${f.started} opportunities you started, ${f.answered} got an answer, ${f.interviewed} an interview or meeting, and ${f.offers} an offer.`}
      >
        <BarChart
          horizontal
          label={`Funnel: started ${f.started}, answered ${f.answered}, interview or meeting ${f.interviewed}, offer ${f.offers}.`}
          categories={['Started', 'Answered', 'Interview or meeting', 'Offer']}
          series={[
            {
              name: 'Opportunities',
              values: [f.started, f.answered, f.interviewed, f.offers],
              color: BLUE,
            },
          ]}
        />
      </Chart>
      <Chart
        title="Answers by follow-up"
        says={`Which follow-up got answers (the application itself is the first bar). Over 60% of people don't follow up, says the article: you followed up on ${u.withAFollowUp} of ${u.started}.`}
      >
        <BarChart
          label={s.followUps
            .map(
              (n, i) =>
                `${numbers[i]}: ${n.answered} answered of ${n.made} (${percent(n.answered, n.made)})`,
            )
            .join('; ')}
          categories={numbers}
          series={[
            { name: 'Made', values: s.followUps.map((n) => n.made), color: BLUE },
            { name: 'Answered', values: s.followUps.map((n) => n.answered), color: TEAL },
          ]}
        />
      </Chart>
      <Chart
        title="Answers by channel"
        says="Follow-ups by how you made them, and how many were answered."
      >
        <BarChart
          label={s.channels
            .map((c) => `${CHANNEL_WORDS[c.channel]}: ${c.answered} answered of ${c.made}`)
            .join('; ')}
          categories={s.channels.map((c) => CHANNEL_WORDS[c.channel] ?? c.channel)}
          series={[
            { name: 'Made', values: s.channels.map((c) => c.made), color: BLUE },
            { name: 'Answered', values: s.channels.map((c) => c.answered), color: TEAL },
          ]}
        />
      </Chart>
      <Chart
        title="Steps on time, week by week"
        says={`The steps of the plan done in their window, early, late or missed, over the last 12 weeks: ${onTime} of ${stepsTotal} on time.`}
      >
        <BarChart
          label={weeks
            .map(
              (w) =>
                `Week of ${w.week}: ${w.onTime} on time, ${w.early} early, ${w.late} late, ${w.missed} missed`,
            )
            .join('; ')}
          categories={weeks.map((w) => shortDay(w.week))}
          series={(['onTime', 'early', 'late', 'missed'] as const).map((key) => ({
            name: { onTime: 'On time', early: 'Early', late: 'Late', missed: 'Missed' }[key],
            values: weeks.map((w) => w[key]),
            color: COLORS[key],
            stack: 'steps',
          }))}
        />
      </Chart>
      <Chart title="Sources" says={sourcesSentence(s)}>
        <BarChart
          horizontal
          label={s.sources
            .map(
              (x) =>
                `${x.source ? SOURCE_WORDS[x.source] : 'Unknown'}: ${x.opportunities} opportunities, ${x.interviewed} interviews, ${x.offers} offers`,
            )
            .join('; ')}
          categories={s.sources.map((x) =>
            x.source ? (SOURCE_WORDS[x.source] ?? x.source) : 'Unknown',
          )}
          series={[
            { name: 'Opportunities', values: s.sources.map((x) => x.opportunities), color: BLUE },
            { name: 'Interviews', values: s.sources.map((x) => x.interviewed), color: TEAL },
          ]}
        />
      </Chart>
    </SimpleGrid>
  );
}

type StatsWeeks = Awaited<ReturnType<typeof api.statsWeeks>>['weeks'];

export default function ProgressPage() {
  const stats = useQuery({ queryKey: ['stats'], queryFn: api.stats });
  const weeks = useQuery({ queryKey: ['stats', 'weeks'], queryFn: api.statsWeeks });
  const error = stats.error ?? weeks.error;
  return (
    <Stack gap="lg">
      <header>
        <Title order={1}>Progress</Title>
        <Text c="dimmed">
          Your search in numbers: which follow-ups and sources work for you, and whether the
          method's steps get done on time.
        </Text>
      </header>
      {stats.isPending || weeks.isPending ? <Loader aria-label="Loading your numbers" /> : null}
      {error ? (
        <Alert color="red" title="Your numbers could not be loaded">
          {errorText(error)}
        </Alert>
      ) : null}
      {stats.data && weeks.data ? <Charts s={stats.data} weeks={weeks.data.weeks} /> : null}
    </Stack>
  );
}
