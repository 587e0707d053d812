// A coach's Clients page: one row per client who shares with them, sortable by any column,
// and the group's numbers added up. Every read is in each client's access log.
import {
  Alert,
  Anchor,
  Badge,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { accountApi, type ClientRow } from '../../account-api.js';
import { accountKeys } from '../../account-queries.js';
import { errorText } from '../../api.js';
import { fullDay, timeOf } from '../../dates.js';
import { GroupNumbers } from './group-numbers.js';
import { COLUMNS, nextSort, type Sort, type SortKey, sortClients } from './sort-clients.js';

function SortHeader(props: {
  column: (typeof COLUMNS)[number];
  sort: Sort;
  onSort: (k: SortKey) => void;
}) {
  const active = props.sort.key === props.column.key;
  const Icon = !active
    ? IconSelector
    : props.sort.direction === 'ascending'
      ? IconArrowUp
      : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? props.sort.direction : 'none'}>
      <UnstyledButton className="sort-button" onClick={() => props.onSort(props.column.key)}>
        {props.column.label}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}

export function onTimeWords(row: Pick<ClientRow, 'thisWeek'>): string {
  const { done, onTime } = row.thisWeek;
  return done === 0 ? 'no steps yet' : `${onTime} of ${done}`;
}

function ClientRowView(props: { row: ClientRow }) {
  const r = props.row;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/clients/${r.id}`} fw={600} style={{ whiteSpace: 'nowrap' }}>
          {r.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {r.email} · shares {r.scope === 'full' ? 'everything' : 'progress'}
          {r.until ? ` until ${fullDay(r.until)}` : ''}
        </Text>
      </Table.Td>
      <Table.Td>{onTimeWords(r)}</Table.Td>
      <Table.Td>
        {r.overdue > 0 ? (
          <Badge color="orange" variant="light">
            {r.overdue}
          </Badge>
        ) : (
          0
        )}
      </Table.Td>
      <Table.Td>{r.pipeline.active}</Table.Td>
      <Table.Td>{r.pipeline.interviewing}</Table.Td>
      <Table.Td>{r.pipeline.holding}</Table.Td>
      <Table.Td>{r.lastActivity ? fullDay(r.lastActivity) : 'none yet'}</Table.Td>
      <Table.Td>
        {r.nextInterview
          ? `${fullDay(r.nextInterview.date)}${r.nextInterview.at ? ` ${timeOf(r.nextInterview.at)}` : ''}`
          : 'none planned'}
      </Table.Td>
    </Table.Tr>
  );
}

export default function ClientsPage() {
  const clients = useQuery({ queryKey: accountKeys.clients, queryFn: accountApi.clients });
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const rows = sortClients(clients.data?.clients ?? [], sort);
  return (
    <Stack gap="lg">
      <header>
        <Title order={1}>Clients</Title>
        <Text c="dimmed">
          Everyone who shares their job search with you, with this week's numbers. You read, and
          never change anything; each read shows in their access log.
        </Text>
      </header>
      {clients.isPending ? <Loader aria-label="Loading your clients" /> : null}
      {clients.isError ? (
        <Alert color="red" title="Your clients could not be loaded">
          {errorText(clients.error)}
        </Alert>
      ) : null}
      {clients.data && rows.length === 0 ? (
        <Alert color="gray" title="No one shares with you yet">
          A job seeker shares from their account page, naming your e-mail address. Or invite a whole
          group with one link, from your{' '}
          <Anchor component={Link} to="/account">
            account page
          </Anchor>
          .
        </Alert>
      ) : null}
      {rows.length > 0 ? (
        <>
          <GroupNumbers />
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm" fz="sm" highlightOnHover data-clients>
              <Table.Caption>
                Your clients, sorted by{' '}
                {COLUMNS.find((c) => c.key === sort.key)?.label.toLowerCase()} ({sort.direction}).
                Choose a column's title to sort by it.
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {COLUMNS.map((c) => (
                    <SortHeader
                      key={c.key}
                      column={c}
                      sort={sort}
                      onSort={(key) => setSort((s) => nextSort(s, key))}
                    />
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <ClientRowView key={r.id} row={r} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      ) : null}
    </Stack>
  );
}
