// Your data: export everything, or delete the account and all of it, after typing the address.
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { AccountView } from '../../account-api.js';
import { importApi } from '../../api.js';
import { Section } from '../../components/section.js';
import { useDeleteAccount } from '../../mutations/use-account.js';
import { notifyFailure } from '../../notify.js';

export function DataSection(props: { me: AccountView }) {
  const remove = useDeleteAccount();
  const [typed, setTyped] = useState('');
  const matches = typed.trim().toLowerCase() === props.me.email;
  return (
    <Section title="Your data" description="Everything is yours: take it with you, or delete it.">
      <Stack gap="lg">
        <Group>
          <Button
            component="a"
            href={importApi.exportUrl('json')}
            download
            variant="light"
            leftSection={<IconDownload size={16} />}
          >
            Export everything (JSON)
          </Button>
          <Text size="sm" c="dimmed">
            Opportunities, timelines, contacts and settings; Import & export takes it back.
          </Text>
        </Group>
        <Alert color="red" variant="outline" title="Delete the account">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!matches) return;
              remove.mutate(typed, { onError: (error) => notifyFailure('Not deleted', error) });
            }}
          >
            <Stack gap="sm">
              <Text size="sm">
                Your account and all its data are deleted at once: opportunities, timelines,
                contacts, tokens, sessions, sharing. This cannot be undone. Export first if you may
                want it back.
              </Text>
              <TextInput
                label={`Type your e-mail address (${props.me.email}) to confirm`}
                autoComplete="off"
                value={typed}
                onChange={(e) => setTyped(e.currentTarget.value)}
              />
              <Group justify="flex-end">
                <Button type="submit" color="red" disabled={!matches} loading={remove.isPending}>
                  Delete my account and all its data
                </Button>
              </Group>
            </Stack>
          </form>
        </Alert>
      </Stack>
    </Section>
  );
}
