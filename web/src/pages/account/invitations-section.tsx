// Coaches and admins: invite someone by e-mail, and the group link (new members share progress).
import { Alert, Button, Code, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { accountApi, type InvitedView } from '../../account-api.js';
import { accountKeys } from '../../account-queries.js';
import { ConfirmPopover } from '../../components/confirm-popover.js';
import { Section } from '../../components/section.js';
import { fullDay } from '../../dates.js';
import { useGroupLinkChange, useInvite } from '../../mutations/use-account.js';
import { notify, notifyFailure } from '../../notify.js';

function LinkToCopy(props: { link: string; label: string }) {
  return (
    <Stack gap={4}>
      <Code block>{props.link}</Code>
      <CopyButton value={props.link}>
        {({ copied, copy }) => (
          <Button size="xs" variant="light" onClick={copy} w="fit-content">
            {copied ? 'Copied' : props.label}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}

function InviteByEmail() {
  const invite = useInvite();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<InvitedView | null>(null);
  return (
    <Stack gap="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          invite.mutate(email, {
            onSuccess: (answer) => {
              setSent(answer);
              setEmail('');
              if (answer.sent) notify({ message: `Invitation sent to ${answer.email}.` });
            },
            onError: (error) => notifyFailure('Not invited', error),
          });
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Invite someone by e-mail"
            description="The link makes one account, within a week"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button type="submit" loading={invite.isPending}>
            Send the invitation
          </Button>
        </Group>
      </form>
      {sent && !sent.sent ? (
        <Alert color="orange" title="Not e-mailed: this deployment has no SMTP server">
          <Text size="sm" mb="xs">
            Pass this link on to {sent.email} yourself:
          </Text>
          <LinkToCopy link={sent.link} label="Copy the link" />
        </Alert>
      ) : null}
    </Stack>
  );
}

function GroupLink() {
  const status = useQuery({ queryKey: accountKeys.groupLink, queryFn: accountApi.groupLink });
  const change = useGroupLinkChange();
  const [link, setLink] = useState<string | null>(null);
  const until = status.data?.until ?? null;
  const make = () =>
    change.mutate('new', {
      onSuccess: (made) => setLink(made?.link ?? null),
      onError: (error) => notifyFailure('No link made', error),
    });
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        Your group's link
      </Text>
      <Text size="sm" c="dimmed">
        Whoever signs up with it shares their progress with you in the same step (numbers, never
        notes); they can change that later. Post it where your group meets.
      </Text>
      {link ? (
        <Alert color="teal" title="Your new group link" role="status">
          <Text size="sm" mb="xs">
            Copy it now: it is shown this once. The old link stopped working.
          </Text>
          <LinkToCopy link={link} label="Copy the group link" />
        </Alert>
      ) : (
        <Text size="sm">
          {until
            ? `A link works until ${fullDay(until.slice(0, 10))}.`
            : 'No group link works now.'}
        </Text>
      )}
      <Group gap="xs">
        <Button variant="light" onClick={make} loading={change.isPending}>
          {until ? 'Make a new link' : 'Make a group link'}
        </Button>
        {until ? (
          <ConfirmPopover
            target={(toggle) => (
              <Button variant="subtle" color="red" onClick={toggle}>
                Stop the link
              </Button>
            )}
            question="No one can sign up with the link any more. Members who joined stay."
            keep="Keep it"
            confirm="Stop the link"
            danger
            onConfirm={() =>
              change.mutate('end', {
                onSuccess: () => setLink(null),
                onError: (e) => notifyFailure('Not stopped', e),
              })
            }
          />
        ) : null}
      </Group>
    </Stack>
  );
}

export function InvitationsSection() {
  return (
    <Section
      title="Invitations"
      description="As a coach, you bring people in: one by one by e-mail, or a whole group with one link."
    >
      <Stack gap="lg">
        <InviteByEmail />
        <GroupLink />
      </Stack>
    </Section>
  );
}
