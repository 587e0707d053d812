// Settings: the mailbox JustEnough reads (IMAP, read-only) to log replies and sent
// e-mails by itself: connect with an app password, see the last sync, sync now, disconnect.
import {
  Alert,
  Button,
  Group,
  List,
  Loader,
  NumberInput,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailOff, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorText } from '../../api.js';
import { ConfirmPopover } from '../../components/confirm-popover.js';
import { type InboxStatusView, inboxApi, inboxKeys } from '../../inbox-api.js';
import { notify, notifyFailure } from '../../notify.js';
import { refreshAll } from '../../queries.js';

interface ConnectValues {
  host: string;
  port: number | string;
  user: string;
  password: string;
}

/** imaps:// on port 993; imap:// (STARTTLS, or plain on this computer) on any other. */
export function imapUrlOf(v: ConnectValues): string {
  const port = Number(v.port) || 993;
  const host = v.host.trim().includes(':') ? `[${v.host.trim()}]` : v.host.trim();
  return `${port === 993 ? 'imaps' : 'imap'}://${encodeURIComponent(v.user.trim())}@${host}:${port}`;
}

function AppPasswordHelp() {
  return (
    <div>
      <Text size="sm" fw={600} mb={4} id="inbox-app-password">
        An app password, not your usual one
      </Text>
      <List size="sm" spacing={4} aria-labelledby="inbox-app-password">
        <List.Item>
          <Text span fw={600} size="sm">
            Gmail:
          </Text>{' '}
          turn on 2-Step Verification, then make one under Google Account → Security → App
          passwords; the server is imap.gmail.com.
        </List.Item>
        <List.Item>
          <Text span fw={600} size="sm">
            Outlook:
          </Text>{' '}
          with two-step verification on, make one under Microsoft account → Security → Advanced
          security options → App passwords; the server is outlook.office365.com.
        </List.Item>
        <List.Item>
          <Text span fw={600} size="sm">
            Fastmail:
          </Text>{' '}
          Settings → Privacy & Security → Manage app passwords → New app password, with IMAP access;
          the server is imap.fastmail.com.
        </List.Item>
      </List>
    </div>
  );
}

function ConnectForm() {
  const client = useQueryClient();
  const form = useForm<ConnectValues>({
    initialValues: { host: '', port: 993, user: '', password: '' },
    validate: {
      host: (v) => (v.trim() ? null : 'The IMAP server, e.g. imap.gmail.com'),
      user: (v) => (v.trim() ? null : 'Your user name, usually your e-mail address'),
      password: (v) => (v ? null : 'The app password'),
    },
  });
  const connect = useMutation({
    mutationFn: (v: ConnectValues) =>
      inboxApi.connect({ imapUrl: imapUrlOf(v), password: v.password }),
    onSuccess: async (status) => {
      client.setQueryData(inboxKeys.status, status);
      notify({ message: 'Mailbox connected. Reading what arrived since the start date…' });
      // The first sync at once, rather than at the server's next round.
      try {
        await inboxApi.sync();
      } catch {
        // Its error is in the status shown next.
      }
      await Promise.all([
        client.invalidateQueries({ queryKey: inboxKeys.status }),
        client.invalidateQueries({ queryKey: inboxKeys.proposals }),
        refreshAll(client),
      ]);
    },
  });
  return (
    <form onSubmit={form.onSubmit((v) => connect.mutate(v))} aria-label="Connect a mailbox">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="IMAP server"
            placeholder="imap.gmail.com"
            autoComplete="off"
            {...form.getInputProps('host')}
          />
          <NumberInput
            label="Port"
            min={1}
            max={65535}
            allowDecimal={false}
            description="993 for TLS; another port uses STARTTLS"
            {...form.getInputProps('port')}
          />
          <TextInput
            label="User"
            placeholder="you@example.com"
            autoComplete="username"
            {...form.getInputProps('user')}
          />
          <PasswordInput
            label="App password"
            autoComplete="new-password"
            description="Stored encrypted, never shown again"
            {...form.getInputProps('password')}
          />
        </SimpleGrid>
        {connect.isError ? (
          <Alert color="red" title="Not connected" role="alert">
            {errorText(connect.error)}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={connect.isPending} className="inbox-connect">
            Connect
          </Button>
        </Group>
        <AppPasswordHelp />
      </Stack>
    </form>
  );
}

function when(iso: string | null): string {
  if (!iso) return 'not yet';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function Connected(props: { status: InboxStatusView }) {
  const { status } = props;
  const client = useQueryClient();
  const done = async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: inboxKeys.status }),
      client.invalidateQueries({ queryKey: inboxKeys.proposals }),
      refreshAll(client),
    ]);
  };
  const sync = useMutation({
    mutationFn: inboxApi.sync,
    onSuccess: async (report) => {
      notify({
        message: `Synced: ${report.logged.length} logged, ${report.proposed.length} to look at.`,
      });
      await done();
    },
    onError: async (error) => {
      notifyFailure('Not synced', error);
      await done();
    },
  });
  const off = useMutation({
    mutationFn: inboxApi.disconnect,
    onSuccess: (s) => {
      client.setQueryData(inboxKeys.status, s);
      notify({ message: 'Mailbox disconnected; its password is forgotten.' });
    },
    onError: (error) => notifyFailure('Not disconnected', error),
  });
  const c = status.counts;
  return (
    <Stack gap="sm" className="inbox-status">
      <Text size="sm">
        Connected to <strong>{status.imapUrl}</strong>
        {status.sentFolder ? ` (sent mail in “${status.sentFolder}”)` : ''}.
      </Text>
      <Text size="sm">
        Last sync: {when(status.lastSyncAt)}. Logged {c.logged} replies, {c.sent} sent e-mails;{' '}
        {c.waiting} {c.waiting === 1 ? 'proposal waits' : 'proposals wait'} on Today.
      </Text>
      {status.lastError ? (
        <Alert color="orange" title="The last sync failed" role="status">
          {status.lastError} ({when(status.lastErrorAt)})
        </Alert>
      ) : null}
      <Group>
        <Button
          leftSection={<IconRefresh size={16} />}
          loading={sync.isPending}
          onClick={() => sync.mutate()}
          className="inbox-sync"
        >
          Sync now
        </Button>
        <ConfirmPopover
          question="Disconnect the mailbox? What was logged stays."
          keep="Keep it"
          confirm="Disconnect"
          danger
          busy={off.isPending}
          onConfirm={() => off.mutate()}
          target={(toggle) => (
            <Button
              variant="default"
              leftSection={<IconMailOff size={16} />}
              onClick={toggle}
              className="inbox-off"
            >
              Disconnect
            </Button>
          )}
        />
      </Group>
    </Stack>
  );
}

export function InboxSection() {
  const status = useQuery({ queryKey: inboxKeys.status, queryFn: inboxApi.status, retry: false });
  if (status.isPending) return <Loader size="sm" aria-label="Loading the mailbox" />;
  if (status.isError) {
    return (
      <Alert color="red" title="The mailbox could not be loaded">
        {errorText(status.error)}
      </Alert>
    );
  }
  return status.data.connected ? <Connected status={status.data} /> : <ConnectForm />;
}
