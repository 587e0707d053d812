// Where you are signed in, with "sign out everywhere".
import { Alert, Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { accountApi } from '../../account-api.js';
import { accountKeys } from '../../account-queries.js';
import { errorText } from '../../api.js';
import { ConfirmPopover } from '../../components/confirm-popover.js';
import { Section } from '../../components/section.js';
import { useEndSession, useSignOutEverywhere } from '../../mutations/use-account.js';
import { notifyFailure } from '../../notify.js';
import { AccountTable } from './account-table.js';
import { browserName, momentText } from './moment.js';

export function SessionsSection() {
  const sessions = useQuery({ queryKey: accountKeys.sessions, queryFn: accountApi.sessions });
  const end = useEndSession();
  const everywhere = useSignOutEverywhere();
  const rows = sessions.data?.sessions ?? [];
  return (
    <Section
      title="Sessions"
      description="The browsers signed in to your account. A session you do not recognise: sign out everywhere, then change your password."
    >
      <Stack gap="sm">
        {sessions.isPending ? <Loader aria-label="Loading the sessions" size="sm" /> : null}
        {sessions.isError ? <Alert color="red">{errorText(sessions.error)}</Alert> : null}
        {rows.length > 0 ? (
          <AccountTable
            caption="Your sessions, the latest used first"
            columns={['Browser', 'Signed in', 'Last used']}
            rows={rows}
            rowKey={(s) => s.id}
            cells={(s) => [
              <Group key="browser" gap="xs" wrap="nowrap">
                <Text size="sm">{browserName(s.userAgent)}</Text>
                {s.current ? (
                  <Badge size="sm" variant="light">
                    This one
                  </Badge>
                ) : null}
              </Group>,
              momentText(s.createdAt),
              momentText(s.lastSeenAt),
            ]}
            action={(s) =>
              s.current ? null : (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  loading={end.isPending && end.variables === s.id}
                  aria-label={`Sign out ${browserName(s.userAgent)}, last used ${momentText(s.lastSeenAt)}`}
                  onClick={() =>
                    end.mutate(s.id, { onError: (e) => notifyFailure('Not signed out', e) })
                  }
                >
                  Sign out
                </Button>
              )
            }
          />
        ) : null}
        <Group justify="flex-end">
          <ConfirmPopover
            target={(toggle) => (
              <Button color="red" variant="light" onClick={toggle} loading={everywhere.isPending}>
                Sign out everywhere
              </Button>
            )}
            question="Every session ends, this one too: you sign in again here, and everywhere else."
            keep="Stay signed in"
            confirm="Sign out everywhere"
            danger
            position="bottom-end"
            onConfirm={() =>
              everywhere.mutate(undefined, { onError: (e) => notifyFailure('Not signed out', e) })
            }
          />
        </Group>
      </Stack>
    </Section>
  );
}
