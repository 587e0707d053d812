// Sharing with a coach, with consent: grant, scope, an end date, revoke; and the coach's reads.
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { accountApi } from '../../account-api.js';
import { accountKeys } from '../../account-queries.js';
import { errorText } from '../../api.js';
import { Section } from '../../components/section.js';
import { fullDay } from '../../dates.js';
import { problemOnField } from '../../forms/problem-on-field.js';
import { useRevokeShare, useShare } from '../../mutations/use-account.js';
import { notify, notifyFailure } from '../../notify.js';
import { AccountTable, ConfirmedRemove } from './account-table.js';
import { momentText } from './moment.js';

const SCOPES = [
  { value: 'progress', label: 'Progress' },
  { value: 'full', label: 'Everything, read-only' },
];

export const scopeWords = (scope: string) =>
  scope === 'full' ? 'everything, read-only' : 'progress';

function GrantForm() {
  const share = useShare();
  const form = useForm({ initialValues: { coach: '', scope: 'progress', until: '' } });
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        share.mutate(
          { coach: values.coach, scope: values.scope, until: values.until || null },
          {
            onSuccess: () => {
              notify({ message: `Shared with ${values.coach.trim()}.` });
              form.reset();
            },
            onError: (error) => {
              if (problemOnField(form, error)) notifyFailure('Not shared', error);
            },
          },
        ),
      )}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Your coach's e-mail"
            description="They need an account here"
            type="email"
            {...form.getInputProps('coach')}
          />
          <TextInput
            label="Until (optional)"
            description="The last day they can read; empty: until you stop it"
            type="date"
            {...form.getInputProps('until')}
          />
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} id="share-scope-label">
            What they see
          </Text>
          <SegmentedControl
            aria-labelledby="share-scope-label"
            data={SCOPES}
            {...form.getInputProps('scope')}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {form.values.scope === 'full'
              ? 'Your opportunities and timelines too, read-only: they can never change anything.'
              : 'Numbers only: steps done on time, overdue steps, stages, last activity. Never your notes.'}
          </Text>
        </div>
        <Group justify="flex-end">
          <Button type="submit" loading={share.isPending}>
            Share
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SharingSection() {
  const sharing = useQuery({ queryKey: accountKeys.sharing, queryFn: accountApi.sharing });
  const revoke = useRevokeShare();
  const grants = sharing.data?.grants ?? [];
  const log = sharing.data?.accessLog ?? [];
  return (
    <Section
      title="Sharing with a coach"
      description="You decide who reads what, and until when. A coach reads and never changes anything; every read is in the log below."
    >
      <Stack gap="md">
        <GrantForm />
        {sharing.isPending ? <Loader aria-label="Loading the sharing" size="sm" /> : null}
        {sharing.isError ? <Alert color="red">{errorText(sharing.error)}</Alert> : null}
        {sharing.data && grants.length === 0 ? (
          <Text size="sm" c="dimmed">
            You share with no one.
          </Text>
        ) : null}
        {grants.length > 0 ? (
          <AccountTable
            caption="Whom you share with"
            columns={['Coach', 'Sees', 'Until']}
            rows={grants}
            rowKey={(g) => g.coach}
            cells={(g) => [
              <>
                <Text size="sm">{g.name}</Text>
                <Text size="xs" c="dimmed">
                  {g.coach}
                </Text>
              </>,
              scopeWords(g.scope),
              <>
                {g.until ? fullDay(g.until) : 'until you stop it'}
                {g.active ? null : (
                  <Badge ml="xs" size="sm" color="gray">
                    Ended
                  </Badge>
                )}
              </>,
            ]}
            action={(g) => (
              <ConfirmedRemove
                label="Stop sharing"
                ariaLabel={`Stop sharing with ${g.coach}`}
                question={`${g.name} can no longer read anything of yours, from now on.`}
                keep="Keep sharing"
                onConfirm={() =>
                  revoke.mutate(g.coach, {
                    onSuccess: () => notify({ message: `${g.coach} reads nothing now.` }),
                    onError: (e) => notifyFailure('Not stopped', e),
                  })
                }
              />
            )}
          />
        ) : null}
        <div>
          <Title order={3} size="h5" mb="xs">
            Your coaches' reads
          </Title>
          {log.length === 0 ? (
            <Text size="sm" c="dimmed">
              No coach has read anything of yours yet.
            </Text>
          ) : (
            <Table verticalSpacing={4} data-access-log>
              <Table.Caption>The latest reads, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Coach</Table.Th>
                  <Table.Th>What</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.map((a, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: reads have no id; the log only grows at its top
                  <Table.Tr key={`${a.at}-${i}`}>
                    <Table.Td>{momentText(a.at)}</Table.Td>
                    <Table.Td>{a.coach}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {a.what}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </div>
      </Stack>
    </Section>
  );
}
