// Personal access tokens for scripts and the browser extension: shown once, then only named.
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { accountApi, type NewTokenView } from '../../account-api.js';
import { accountKeys } from '../../account-queries.js';
import { errorText } from '../../api.js';
import { Section } from '../../components/section.js';
import { useCreateToken, useRevokeToken } from '../../mutations/use-account.js';
import { notify, notifyFailure } from '../../notify.js';
import { AccountTable, ConfirmedRemove } from './account-table.js';
import { momentText } from './moment.js';

function NewToken(props: { token: NewTokenView; onDone: () => void }) {
  return (
    <Alert color="teal" title={`Your new token "${props.token.name}"`} role="status">
      <Stack gap="xs">
        <Text size="sm">
          Copy it now: it is shown this once. Send it as <Code>Authorization: Bearer …</Code>.
        </Text>
        <Code block data-new-token>
          {props.token.token}
        </Code>
        <Group gap="xs">
          <CopyButton value={props.token.token}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? 'Copied' : 'Copy the token'}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="subtle" onClick={props.onDone}>
            I have copied it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

export function TokensSection() {
  const tokens = useQuery({ queryKey: accountKeys.tokens, queryFn: accountApi.tokens });
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');
  const [shown, setShown] = useState<NewTokenView | null>(null);
  const rows = tokens.data?.tokens ?? [];
  return (
    <Section
      title="Personal access tokens"
      description="For scripts and the browser extension: a token acts as you. Only a hash is kept, so it is shown once."
    >
      <Stack gap="sm">
        {shown ? <NewToken token={shown} onDone={() => setShown(null)} /> : null}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate(name.trim() || 'token', {
              onSuccess: (made) => {
                setShown(made);
                setName('');
              },
              onError: (error) => notifyFailure('No token made', error),
            });
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Name"
              description="What it is for"
              placeholder="Browser extension"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 180 }}
            />
            <Button type="submit" loading={create.isPending}>
              Make a token
            </Button>
          </Group>
        </form>
        {tokens.isPending ? <Loader aria-label="Loading the tokens" size="sm" /> : null}
        {tokens.isError ? <Alert color="red">{errorText(tokens.error)}</Alert> : null}
        {tokens.data && rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No tokens yet.
          </Text>
        ) : null}
        {rows.length > 0 ? (
          <AccountTable
            caption="Your tokens"
            columns={['Name', 'Made', 'Last used']}
            rows={rows}
            rowKey={(t) => t.id}
            cells={(t) => [t.name, momentText(t.createdAt), momentText(t.lastUsedAt)]}
            action={(t) => (
              <ConfirmedRemove
                label="Revoke"
                ariaLabel={`Revoke the token ${t.name}`}
                question={`Scripts using "${t.name}" stop working at once.`}
                keep="Keep it"
                onConfirm={() =>
                  revoke.mutate(t.id, {
                    onSuccess: () => notify({ message: `Token "${t.name}" revoked.` }),
                    onError: (e) => notifyFailure('Not revoked', e),
                  })
                }
              />
            )}
          />
        ) : null}
      </Stack>
    </Section>
  );
}
