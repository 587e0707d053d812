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
import { useForm } from '@mantine/form';
import { IconEye, IconMailForward, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type DigestSettingsInput, type DigestSettingsView, errorText } from '../api.js';
import { problemOnField } from '../forms/problem-on-field.js';
import { useSaveDigest, useSendDigest, useTestDigest } from '../mutations/use-settings.js';
import { notify, notifyFailure } from '../notify.js';
import { keys } from '../queries.js';
import { LastSend, runMessage } from './digest-status.js';
import { changes, type DigestValues, testWith, valuesOf } from './digest-values.js';

// The form is made again from each saved view; the save belongs to DigestSettings,
// so that its "saved" is said after the form it came from is gone.
function DigestForm({
  view,
  save,
}: {
  view: DigestSettingsView;
  save: ReturnType<typeof useSaveDigest>;
}) {
  const was = valuesOf(view);
  const form = useForm<DigestValues>({ initialValues: was });
  const [showPreview, setShowPreview] = useState(false);
  const send = useSendDigest();
  const test = useTestDigest();
  const preview = useQuery({
    queryKey: keys.digestPreview,
    queryFn: api.previewDigest,
    enabled: showPreview,
  });
  const saveChanges = (input: DigestSettingsInput) =>
    save.mutate(input, {
      onSuccess: (saved) => {
        form.setFieldValue('smtp.password', '');
        notify({ message: saved.enabled ? `Morning e-mail on, at ${saved.sendAt}.` : 'Saved.' });
      },
      onError: (error) => {
        problemOnField(form, error);
        notifyFailure('Not saved', error);
      },
    });
  const input = (path: string) => form.getInputProps(path);
  const secure = form.values.smtp.secure;
  const env = view.environmentSmtp;
  return (
    <form onSubmit={form.onSubmit((v) => saveChanges(changes(v, was)))} aria-label="Morning e-mail">
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
          {...form.getInputProps('enabled', { type: 'checkbox' })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="time"
            label="At"
            description={`Your time (${view.timeZone})`}
            {...input('sendAt')}
            required
          />
          <TextInput
            label="To"
            description="Your own e-mail unless you give others, separated by commas"
            placeholder={view.recipient ? undefined : (view.recipients[0] ?? 'you@example.com')}
            {...input('recipient')}
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
              {...input('smtp.host')}
              autoComplete="off"
            />
            <TextInput
              label="Port"
              inputMode="numeric"
              placeholder={secure === 'tls' ? '465' : '587'}
              {...input('smtp.port')}
            />
            <NativeSelect
              label="Security"
              {...input('smtp.secure')}
              data={[
                { value: 'starttls', label: 'STARTTLS (port 587)' },
                { value: 'tls', label: 'TLS (port 465)' },
              ]}
            />
            <TextInput label="User" {...input('smtp.user')} autoComplete="username" />
            <PasswordInput
              label="Password"
              description={view.smtp.passwordSet ? 'Saved; type to replace it' : undefined}
              placeholder={view.smtp.passwordSet ? '••••••••' : undefined}
              {...input('smtp.password')}
              autoComplete="new-password"
            />
            <TextInput
              label="From"
              placeholder="JustEnough <you@example.com>"
              {...input('smtp.sender')}
            />
          </SimpleGrid>
          {view.smtp.passwordSet ? (
            <Button
              mt="xs"
              size="xs"
              variant="subtle"
              color="gray"
              onClick={() => saveChanges({ smtp: { password: null } })}
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
              onClick={() =>
                test.mutate(testWith(changes(form.values, was)), {
                  onError: (error) => {
                    problemOnField(form, error);
                    notifyFailure('Test e-mail not sent', error);
                  },
                  onSuccess: (result) =>
                    result.sent
                      ? notify({
                          title: 'Test e-mail sent',
                          message: `Sent to ${result.recipients.join(', ')}.`,
                        })
                      : notify({
                          tone: 'error',
                          title: 'Test e-mail not sent',
                          message: result.error,
                        }),
                })
              }
            >
              Send a test e-mail
            </Button>
            <Button
              variant="default"
              leftSection={<IconSend size={16} />}
              loading={send.isPending}
              onClick={() =>
                send.mutate(undefined, {
                  onSuccess: (run) => notify({ title: "Today's e-mail", ...runMessage(run) }),
                })
              }
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
  const save = useSaveDigest();
  if (digest.isPending) return <Loader size="sm" aria-label="Loading the morning e-mail" />;
  if (digest.isError) {
    return (
      <Alert color="red" title="The morning e-mail settings could not be loaded">
        {errorText(digest.error)}
      </Alert>
    );
  }
  return <DigestForm key={JSON.stringify(digest.data)} view={digest.data} save={save} />;
}
