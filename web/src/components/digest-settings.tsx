// Settings: the morning e-mail, its SMTP server, and how the last one went.
import {
  Alert,
  Button,
  Code,
  Collapse,
  Fieldset,
  Group,
  Loader,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { IconEye, IconMailForward, IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  ApiError,
  api,
  type DigestSettingsInput,
  type DigestSettingsView,
  errorText,
} from '../api.js';
import { keys } from '../queries.js';
import { LastSend, runMessage } from './digest-status.js';
import { useToast } from './toast.js';

function DigestForm({ view }: { view: DigestSettingsView }) {
  const client = useQueryClient();
  const toast = useToast();
  const [enabled, setEnabled] = useState(view.enabled);
  const [sendAt, setSendAt] = useState(view.sendAt);
  const [recipient, setRecipient] = useState(view.recipient ?? '');
  const [host, setHost] = useState(view.smtp.host ?? '');
  const [port, setPort] = useState(view.smtp.host ? String(view.smtp.port ?? '') : '');
  const [secure, setSecure] = useState(view.smtp.secure ? 'tls' : 'starttls');
  const [user, setUser] = useState(view.smtp.user ?? '');
  const [password, setPassword] = useState('');
  const [sender, setSender] = useState(view.smtp.sender ?? '');
  const [showPreview, setShowPreview] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: keys.digest });
  const save = useMutation({
    mutationFn: (input: DigestSettingsInput) => api.saveDigest(input),
    onSuccess: (saved) => {
      client.setQueryData(keys.digest, saved);
      toast({ message: saved.enabled ? `Morning e-mail on, at ${saved.sendAt}.` : 'Saved.' });
    },
    onError: (error) => toast({ tone: 'error', title: 'Not saved', message: errorText(error) }),
  });
  const send = useMutation({
    mutationFn: api.sendDigest,
    onSuccess: async (run) => {
      const { tone, message } = runMessage(run);
      toast({ tone, title: "Today's e-mail", message });
      await refresh();
    },
    onError: (error) => toast({ tone: 'error', title: 'Not sent', message: errorText(error) }),
  });
  const test = useMutation({
    mutationFn: api.testDigest,
    onSuccess: (result) =>
      result.sent
        ? toast({ title: 'Test e-mail sent', message: `Sent to ${result.recipients.join(', ')}.` })
        : toast({ tone: 'error', title: 'Test e-mail not sent', message: result.error }),
    onError: (error) => toast({ tone: 'error', title: 'Not sent', message: errorText(error) }),
  });
  const preview = useQuery({
    queryKey: ['digest-preview'],
    queryFn: api.previewDigest,
    enabled: showPreview,
  });
  const fieldError = (field: string) =>
    save.error instanceof ApiError && save.error.field === field
      ? errorText(save.error)
      : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const smtp: NonNullable<DigestSettingsInput['smtp']> = {
      ...(host.trim() !== (view.smtp.host ?? '') ? { host: host.trim() || null } : {}),
      ...(port.trim() !== (view.smtp.host ? String(view.smtp.port ?? '') : '')
        ? { port: port.trim() || null }
        : {}),
      ...((secure === 'tls') !== view.smtp.secure ? { secure: secure === 'tls' } : {}),
      ...(user.trim() !== (view.smtp.user ?? '') ? { user: user.trim() || null } : {}),
      ...(password ? { password } : {}),
      ...(sender.trim() !== (view.smtp.sender ?? '') ? { sender: sender.trim() || null } : {}),
    };
    save.mutate(
      {
        ...(enabled !== view.enabled ? { enabled } : {}),
        ...(sendAt !== view.sendAt ? { sendAt } : {}),
        ...(recipient.trim() !== (view.recipient ?? '')
          ? { recipient: recipient.trim() || null }
          : {}),
        ...(Object.keys(smtp).length ? { smtp } : {}),
      },
      { onSuccess: () => setPassword('') },
    );
  };
  const env = view.environmentSmtp;
  return (
    <form onSubmit={submit} aria-label="Morning e-mail">
      <Stack gap="md">
        {view.enabled && view.smtpSource === 'none' ? (
          <Alert color="orange" title="On, but no mail server" role="status">
            Give the mail server below, or start JustEnough with JUSTENOUGH_SMTP_URL: until then no
            e-mail can go out.
          </Alert>
        ) : null}
        {view.last ? <LastSend last={view.last} timeZone={view.timeZone} /> : null}
        <Switch
          label="Send me a morning e-mail"
          description="Overdue and today's steps with their words, and today's interviews. Nothing is sent on a day with nothing due."
          checked={enabled}
          onChange={(e) => setEnabled(e.currentTarget.checked)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="time"
            label="At"
            description={`Your time (${view.timeZone})`}
            value={sendAt}
            onChange={(e) => setSendAt(e.currentTarget.value)}
            error={fieldError('sendAt')}
            required
          />
          <TextInput
            label="To"
            description="Your own e-mail unless you give others, separated by commas"
            placeholder={view.recipient ? undefined : (view.recipients[0] ?? 'you@example.com')}
            value={recipient}
            onChange={(e) => setRecipient(e.currentTarget.value)}
            error={fieldError('recipient')}
            autoComplete="email"
          />
        </SimpleGrid>
        <Fieldset legend="Mail server (SMTP)" radius="md" className="smtp-fields">
          <Text size="xs" c="dimmed" mb="xs">
            {env
              ? `Leave the host empty to use the server's own: ${env.host}:${env.port}${env.user ? ` as ${env.user}` : ''}.`
              : 'Your e-mail provider gives these, e.g. smtp.gmail.com, port 587, your address and an app password.'}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label="Host"
              placeholder={env?.host ?? 'smtp.example.com'}
              value={host}
              onChange={(e) => setHost(e.currentTarget.value)}
              error={fieldError('smtp.host')}
              autoComplete="off"
            />
            <TextInput
              label="Port"
              inputMode="numeric"
              placeholder={secure === 'tls' ? '465' : '587'}
              value={port}
              onChange={(e) => setPort(e.currentTarget.value)}
              error={fieldError('smtp.port')}
            />
            <NativeSelect
              label="Security"
              value={secure}
              onChange={(e) => setSecure(e.currentTarget.value)}
              data={[
                { value: 'starttls', label: 'STARTTLS (port 587)' },
                { value: 'tls', label: 'TLS (port 465)' },
              ]}
            />
            <TextInput
              label="User"
              value={user}
              onChange={(e) => setUser(e.currentTarget.value)}
              error={fieldError('smtp.user')}
              autoComplete="username"
            />
            <PasswordInput
              label="Password"
              description={view.smtp.passwordSet ? 'Saved; type to replace it' : undefined}
              placeholder={view.smtp.passwordSet ? '••••••••' : undefined}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError('smtp.password')}
              autoComplete="new-password"
            />
            <TextInput
              label="From"
              placeholder="JustEnough <you@example.com>"
              value={sender}
              onChange={(e) => setSender(e.currentTarget.value)}
              error={fieldError('smtp.sender')}
            />
          </SimpleGrid>
          {view.smtp.passwordSet ? (
            <Button
              mt="xs"
              size="xs"
              variant="subtle"
              color="gray"
              onClick={() => save.mutate({ smtp: { password: null } })}
            >
              Remove the saved password
            </Button>
          ) : null}
        </Fieldset>
        <Group justify="space-between">
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconMailForward size={16} />}
              loading={test.isPending}
              onClick={() => test.mutate()}
            >
              Send a test e-mail
            </Button>
            <Button
              variant="default"
              leftSection={<IconSend size={16} />}
              loading={send.isPending}
              onClick={() => send.mutate()}
            >
              Send today's now
            </Button>
            <Button
              variant="subtle"
              leftSection={<IconEye size={16} />}
              onClick={() => setShowPreview((s) => !s)}
              aria-expanded={showPreview}
            >
              {showPreview ? 'Hide the preview' : "Preview today's"}
            </Button>
          </Group>
          <Button type="submit" loading={save.isPending}>
            Save the morning e-mail
          </Button>
        </Group>
        <Collapse expanded={showPreview}>
          {preview.isPending && showPreview ? (
            <Loader size="sm" aria-label="Loading the preview" />
          ) : null}
          {preview.data ? (
            preview.data.empty ? (
              <Text size="sm">Nothing is due today: no e-mail would be sent.</Text>
            ) : (
              <Stack gap={4}>
                <Text size="sm">
                  <strong>Subject:</strong> {preview.data.subject}
                </Text>
                <Text size="sm">
                  <strong>To:</strong> {preview.data.recipients.join(', ') || '(no address yet)'}
                </Text>
                {/* Scrollable, so reachable by the keyboard too. */}
                <Code
                  block
                  className="digest-preview"
                  tabIndex={0}
                  aria-label="Today's e-mail, as text"
                >
                  {preview.data.text}
                </Code>
              </Stack>
            )
          ) : null}
        </Collapse>
      </Stack>
    </form>
  );
}

export function DigestSettings() {
  const digest = useQuery({ queryKey: keys.digest, queryFn: api.digest });
  if (digest.isPending) return <Loader size="sm" aria-label="Loading the morning e-mail" />;
  if (digest.isError) {
    return (
      <Alert color="red" title="The morning e-mail settings could not be loaded">
        {errorText(digest.error)}
      </Alert>
    );
  }
  return <DigestForm key={JSON.stringify(digest.data)} view={digest.data} />;
}
