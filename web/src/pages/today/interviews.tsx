// The interviews and meetings of the coming days, at the top of Today.
import { Anchor, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { InterviewItem } from '../../api.js';
import { personOf } from '../../components/call-card.js';
import { relativeDay, shortDay, timeOf } from '../../dates.js';
import { companyAndTitle } from '../../labels.js';

export function Interviews(props: { items: readonly InterviewItem[]; today: string }) {
  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      className="interviews"
      component="section"
      aria-labelledby="interviews-title"
    >
      <Group gap="xs" mb="sm">
        <ThemeIcon variant="light" color="violet" radius="xl" aria-hidden>
          <IconCalendarEvent size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id="interviews-title">
          Coming interviews
        </Title>
      </Group>
      <Stack gap="xs">
        {props.items.map((i) => (
          <Group
            key={`${i.opportunityId}-${i.date}-${i.at ?? ''}`}
            gap="md"
            wrap="nowrap"
            className="interview-row"
          >
            <div className="interview-when">
              <Text fw={700}>{shortDay(i.date)}</Text>
              <Text size="sm" c="dimmed">
                {i.at ? timeOf(i.at) : 'time not set'} · {relativeDay(i.date, props.today)}
              </Text>
            </div>
            <div>
              <Anchor
                component={Link}
                to={`/opportunities/${i.opportunityId}`}
                fw={600}
                c="inherit"
                underline="hover"
              >
                {i.type === 'meeting' ? 'Meeting' : 'Interview'} with {personOf(i)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {companyAndTitle(i.company, i.title)}
              </Text>
            </div>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
