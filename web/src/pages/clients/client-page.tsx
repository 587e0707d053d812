// One client, as their coach reads them: the numbers always; Today and the pipeline, read-only,
// when they share everything. Every read is in the client's access log.
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { accountApi } from '../../account-api.js';
import { accountKeys } from '../../account-queries.js';
import { errorText } from '../../api.js';
import { fullDay } from '../../dates.js';
import { ClientFull } from './client-full.js';
import { ClientProgress } from './client-progress.js';

export default function ClientPage() {
  const { id = '' } = useParams();
  const clients = useQuery({ queryKey: accountKeys.clients, queryFn: accountApi.clients });
  const row = clients.data?.clients.find((c) => c.id === id);
  const back = (
    <Anchor component={Link} to="/clients" size="sm">
      All clients
    </Anchor>
  );
  if (clients.isPending) return <Loader aria-label="Loading the client" />;
  if (clients.isError) return <Alert color="red">{errorText(clients.error)}</Alert>;
  if (!row) {
    return (
      <Stack gap="sm">
        <Title order={1}>Not a client of yours</Title>
        <Text>No one with this id shares with you (or their sharing has ended).</Text>
        {back}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <header>
        {back}
        <Title order={1}>{row.name}</Title>
        <Text c="dimmed">
          {row.email} shares{' '}
          {row.scope === 'full' ? 'everything with you, read-only' : 'their progress with you'}
          {row.until ? `, until ${fullDay(row.until)}` : ''}.
          {row.scope === 'full' ? '' : ' Numbers only: never their notes, contacts or messages.'}
        </Text>
      </header>
      <ClientProgress row={row} />
      {row.scope === 'full' ? <ClientFull client={row.id} /> : null}
    </Stack>
  );
}
