// What the inbox found and would log, on Today: a reply from someone else at the
// company, an out-of-office with its return date, an interview invitation. One
// click to log it, one to dismiss it.
import { Anchor, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconInbox, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { shortDay, timeOf } from '../../dates.js';
import { type InboxProposalView, inboxApi, inboxKeys } from '../../inbox-api.js';
import { notify, notifyFailure } from '../../notify.js';
import { refreshAll } from '../../queries.js';

/** "Jane Doe" of "Jane Doe <jane@acme.com>", else the address. */
export function senderName(from: string | null): string {
  if (!from) return 'Someone';
  const named = /^\s*"?([^"<]*?)"?\s*<[^>]+>\s*$/.exec(from);
  return named?.[1]?.trim() || from.replace(/[<>]/g, '').trim() || 'Someone';
}

/** The proposal in one sentence: "Jane Doe replied on Tue 1 Dec: 'Re: Analyst application' — log it?" */
export function proposalWords(p: InboxProposalView): string {
  const who = senderName(p.from);
  const subject = p.subject ? `: ‘${p.subject}’` : '';
  if (p.type === 'callback')
    return `${who} is away${p.until ? ` until ${shortDay(p.until)}` : ''} (automatic reply on ${shortDay(p.date)}${subject}) — log a callback${p.until ? ' until then' : ''}?`;
  if (p.type === 'interview') {
    const what = p.summary ? `‘${p.summary}’` : 'an interview';
    return `${who} invited you to ${what} on ${shortDay(p.date)}${p.at ? ` at ${timeOf(p.at)}` : ''} — log the interview?`;
  }
  return `${who} replied on ${shortDay(p.date)}${subject} — log it?`;
}

function ProposalRow(props: { p: InboxProposalView }) {
  const { p } = props;
  const client = useQueryClient();
  const done = async () => {
    await client.invalidateQueries({ queryKey: inboxKeys.proposals });
    await client.invalidateQueries({ queryKey: inboxKeys.status });
    await refreshAll(client);
  };
  const accept = useMutation({
    mutationFn: () => inboxApi.accept(p.id),
    onSuccess: async () => {
      notify({ message: 'Logged. The plan follows it.' });
      await done();
    },
    onError: (error) => notifyFailure('Not logged', error),
  });
  const dismiss = useMutation({
    mutationFn: () => inboxApi.dismiss(p.id),
    onSuccess: done,
    onError: (error) => notifyFailure('Not dismissed', error),
  });
  const who = senderName(p.from);
  return (
    <Group
      justify="space-between"
      wrap="wrap"
      gap="sm"
      className="proposal"
      data-type={p.type}
      component="li"
    >
      <div style={{ flex: '1 1 16rem', minWidth: 0 }}>
        <Text>{proposalWords(p)}</Text>
        <Anchor component={Link} to={`/opportunities/${p.opportunityId}`} size="sm" c="dimmed">
          {p.opportunity}
        </Anchor>
      </div>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="sm"
          leftSection={<IconCheck size={16} />}
          loading={accept.isPending}
          disabled={dismiss.isPending}
          onClick={() => accept.mutate()}
          aria-label={`Log it: ${who}`}
        >
          Log it
        </Button>
        <Button
          size="sm"
          variant="default"
          leftSection={<IconX size={16} />}
          loading={dismiss.isPending}
          disabled={accept.isPending}
          onClick={() => dismiss.mutate()}
          aria-label={`Dismiss: ${who}`}
        >
          Dismiss
        </Button>
      </Group>
    </Group>
  );
}

export function Proposals() {
  const found = useQuery({
    queryKey: inboxKeys.proposals,
    queryFn: inboxApi.proposals,
    retry: false,
  });
  const open = found.data?.proposals.filter((p) => p.status === 'open') ?? [];
  if (open.length === 0) return null;
  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      className="proposals"
      component="section"
      aria-labelledby="proposals-title"
    >
      <Group gap="xs" mb="sm">
        <ThemeIcon variant="light" color="blue" radius="xl" aria-hidden>
          <IconInbox size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id="proposals-title">
          From your inbox
        </Title>
      </Group>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {open.map((p) => (
          <ProposalRow key={p.id} p={p} />
        ))}
      </Stack>
    </Paper>
  );
}
