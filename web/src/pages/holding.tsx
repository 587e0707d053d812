// The holding file: what is parked and since when, with "they called back" and "try again".
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Popover,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPhoneIncoming, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, errorText, type HoldingItem } from '../api.js';
import { personOf } from '../components/call-card.js';
import { type Done, DoneCard } from '../components/done-card.js';
import { MethodDots } from '../components/step-parts.js';
import { telHref } from '../contact-links.js';
import { fullDay, relativeDay } from '../dates.js';
import { opportunityName } from '../labels.js';
import { useDeleteEvent, useLogEvent } from '../mutations/use-events.js';
import { notify, notifyFailure } from '../notify.js';
import { keys, useServerToday, useToday } from '../queries.js';

export default function HoldingPage() {
  const query = useQuery({ queryKey: keys.holding, queryFn: api.holding });
  const today = useServerToday();
  const max = useToday().data?.maxFollowUps ?? 3;
  const log = useLogEvent();
  const undo = useDeleteEvent();
  // What the last clicks did, with their undo: the card leaves the holding file, so its
  // result stays at the top of the page.
  const [done, setDone] = useState<readonly Done[]>([]);
  const act = (item: HoldingItem, type: 'reply' | 'revive', note?: string) =>
    log.mutate(
      { opportunityId: item.opportunityId, type, ...(note ? { note } : {}) },
      {
        onSuccess: (logged) => {
          const what = type === 'reply' ? 'they called back' : 'trying again';
          setDone((d) => [
            { key: item.opportunityId, person: opportunityName(item), what, logged },
            ...d.filter((x) => x.key !== item.opportunityId),
          ]);
          notify({
            title: opportunityName(item),
            message:
              type === 'reply'
                ? 'Back in your pipeline. Check in again in 7 to 10 days.'
                : `Back in your pipeline: ${logged.opportunity.next[0]?.label ?? 'a follow-up'} is due today.`,
          });
        },
        onError: (error) => notifyFailure('Not changed', error),
      },
    );
  const undoDone = (d: Done) =>
    undo.mutate(d.logged.event.id, {
      onSuccess: () => {
        setDone((all) => all.filter((x) => x.key !== d.key));
        notify({ title: d.person, message: 'Undone: back in the holding file.' });
      },
      onError: (error) => notifyFailure('Not undone', error),
    });
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
      {done.length && today ? (
        <Stack gap="sm" className="holding-done">
          {done.map((d) => (
            <DoneCard
              key={d.key}
              done={d}
              today={today}
              busy={undo.isPending}
              onUndo={() => undoDone(d)}
            />
          ))}
        </Stack>
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
                <CalledBack
                  name={opportunityName(item)}
                  busy={log.isPending}
                  onSave={(note) => act(item, 'reply', note)}
                />
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

/** "They called back", with an optional note of what they said. */
function CalledBack(props: { name: string; busy: boolean; onSave: (note: string) => void }) {
  const [opened, setOpened] = useState(false);
  const [note, setNote] = useState('');
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus position="bottom-end" withArrow>
      <Popover.Target>
        <Button
          variant="light"
          leftSection={<IconPhoneIncoming size={18} />}
          onClick={() => setOpened((o) => !o)}
          disabled={props.busy}
          aria-expanded={opened}
        >
          They called back
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          aria-label={`They called back: ${props.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            setOpened(false);
            props.onSave(note.trim());
            setNote('');
          }}
        >
          <Stack gap="xs" w={280} maw="80vw">
            <Textarea
              label="What did they say? (optional)"
              placeholder="Still hiring; call Jane on Monday"
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autosize
              minRows={2}
              data-autofocus
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="subtle" color="gray" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button type="submit">Log it</Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
