// The holding file: what is parked and since when, with "they called back" and "try again".
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPhoneIncoming, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, errorText, type HoldingItem } from '../api.js';
import { personOf, telHref } from '../components/call-card.js';
import { MethodDots } from '../components/step-parts.js';
import { useToast } from '../components/toast.js';
import { fullDay, relativeDay } from '../dates.js';
import { keys, useLogEvent, useServerToday, useToday } from '../queries.js';
import { opportunityName } from '../words.js';

export default function HoldingPage() {
  const query = useQuery({ queryKey: keys.holding, queryFn: api.holding });
  const today = useServerToday();
  const max = useToday().data?.maxFollowUps ?? 3;
  const log = useLogEvent();
  const toast = useToast();
  const act = (item: HoldingItem, type: 'reply' | 'revive') =>
    log.mutate(
      { opportunityId: item.opportunityId, type },
      {
        onSuccess: (logged) =>
          toast({
            title: opportunityName(item),
            message:
              type === 'reply'
                ? 'Back in your pipeline. Check in again in 7 to 10 days.'
                : `Back in your pipeline: ${logged.opportunity.next[0]?.label ?? 'a follow-up'} is due today.`,
          }),
        onError: (error) =>
          toast({ tone: 'error', title: 'Not changed', message: errorText(error) }),
      },
    );
  const items = query.data?.items ?? [];
  return (
    <Stack gap="lg">
      <header>
        <Title order={1}>Holding file</Title>
        <Text c="dimmed">
          After {max} follow-ups without an answer, an opportunity rests here. Nothing is due, but
          you never know when someone calls back.
        </Text>
      </header>
      {query.isPending ? <Loader aria-label="Loading the holding file" /> : null}
      {query.isError ? (
        <Alert color="red" title="The holding file could not be loaded">
          {errorText(query.error)}
        </Alert>
      ) : null}
      {query.data && items.length === 0 ? (
        <Paper withBorder radius="lg" p="lg">
          <Title order={2} size="h4">
            Nothing in the holding file
          </Title>
          <Text mt="xs">
            That is good news: every opportunity is still moving. When {max} follow-ups go
            unanswered, JustEnough parks the opportunity here by itself, so your today list stays
            about people who may still answer.{' '}
            <Anchor component={Link} to="/method">
              Why three?
            </Anchor>
          </Text>
        </Paper>
      ) : null}
      <Stack gap="sm">
        {items.map((item) => (
          <Paper key={item.opportunityId} withBorder radius="lg" p="md" className="held-card">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
              <div>
                <Anchor
                  component={Link}
                  to={`/opportunities/${item.opportunityId}`}
                  fw={650}
                  size="lg"
                  c="inherit"
                  underline="hover"
                >
                  {opportunityName(item)}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {item.contact ? personOf(item) : 'No contact'}
                  {item.contactPhone ? (
                    <>
                      {' · '}
                      <Anchor href={telHref(item.contactPhone)} size="sm" underline="always">
                        {item.contactPhone}
                      </Anchor>
                    </>
                  ) : null}
                </Text>
                <Group gap="xs" mt={6}>
                  <MethodDots made={item.followUps} max={max} />
                  <Text size="sm">
                    Held since {fullDay(item.heldOn)}
                    {today ? ` (${relativeDay(item.heldOn, today)})` : ''}
                  </Text>
                </Group>
              </div>
              <Group gap="xs">
                <Button
                  variant="light"
                  leftSection={<IconPhoneIncoming size={18} />}
                  onClick={() => act(item, 'reply')}
                  disabled={log.isPending}
                >
                  They called back
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconRefresh size={18} />}
                  onClick={() => act(item, 'revive')}
                  disabled={log.isPending}
                >
                  Try again
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
