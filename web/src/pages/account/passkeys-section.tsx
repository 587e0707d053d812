// Passkeys on the account page: add one with a name (the browser makes it), list, remove.
import { Alert, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorText } from '../../api.js';
import { Section } from '../../components/section.js';
import { notify, notifyFailure } from '../../notify.js';
import { cancelled, passkeyApi, passkeysSupported } from '../../passkey-api.js';
import { AccountTable, ConfirmedRemove } from './account-table.js';

export const passkeyKeys = { list: ['passkeys'] as const };

const dateText = (iso: string | null) =>
  iso === null
    ? 'never'
    : new Date(iso).toLocaleDateString(undefined, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      });

export function PasskeysSection() {
  const client = useQueryClient();
  const list = useQuery({ queryKey: passkeyKeys.list, queryFn: passkeyApi.list });
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: passkeyKeys.list });
  const add = useMutation({
    mutationFn: passkeyApi.add,
    onSuccess: (added) => {
      setName('');
      notify({ message: `Passkey "${added.name}" added: you can sign in with it now.` });
      return refresh();
    },
    onError: (error) => {
      if (!cancelled(error)) notifyFailure('Passkey not added', error);
    },
  });
  const remove = useMutation({
    mutationFn: passkeyApi.remove,
    onSuccess: () => {
      notify({ message: 'Passkey removed: it signs no one in any more.' });
      return refresh();
    },
    onError: (error) => notifyFailure('Passkey not removed', error),
  });
  const rows = list.data?.passkeys ?? [];
  const supported = passkeysSupported();
  return (
    <Section
      title="Passkeys"
      description="Sign in with your fingerprint, face or device PIN instead of typing a password. Each device or security key gets its own passkey."
    >
      <Stack gap="sm">
        {list.isPending ? <Loader aria-label="Loading the passkeys" size="sm" /> : null}
        {list.isError ? <Alert color="red">{errorText(list.error)}</Alert> : null}
        {list.isSuccess && rows.length === 0 ? <Text size="sm">No passkeys yet.</Text> : null}
        {rows.length > 0 ? (
          <AccountTable
            caption="Your passkeys"
            columns={['Name', 'Added', 'Last used']}
            rows={rows}
            rowKey={(p) => p.id}
            cells={(p) => [p.name, dateText(p.createdAt), dateText(p.lastUsedAt)]}
            action={(p) => (
              <ConfirmedRemove
                label="Remove"
                ariaLabel={`Remove the passkey ${p.name}`}
                question={`Remove "${p.name}"? It will no longer sign you in.`}
                keep="Keep it"
                loading={remove.isPending && remove.variables === p.id}
                onConfirm={() => remove.mutate(p.id)}
              />
            )}
          />
        ) : null}
        {supported ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const trimmed = name.trim();
              if (trimmed === '') {
                setNameError('A name, so that you know which passkey is which: "Laptop", "Phone"');
                return;
              }
              setNameError(null);
              add.mutate(trimmed);
            }}
          >
            <Group align="flex-end" gap="sm">
              <TextInput
                label="New passkey's name"
                placeholder="Laptop"
                maxLength={100}
                value={name}
                error={nameError}
                onChange={(event) => setName(event.currentTarget.value)}
                style={{ flex: 1, minWidth: 180 }}
              />
              <Button type="submit" loading={add.isPending}>
                Add a passkey
              </Button>
            </Group>
          </form>
        ) : (
          <Alert color="gray">This browser cannot make passkeys.</Alert>
        )}
      </Stack>
    </Section>
  );
}
