// The dense list, for people with a hundred applications and more: a table on
// a wide screen, one short card per opportunity on a phone (a table would
// scroll sideways there).
import { Anchor, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import type { OpportunitySummary } from '../../api.js';
import {
  type Paged,
  PagedCount,
  useWindowRows,
  VirtualRows,
} from '../../components/virtual-rows.js';
import { relativeDay, shortDay } from '../../dates.js';
import { STATUS_COLORS, STATUS_LABELS } from '../../labels.js';
import { closedLabel } from '../../outcome.js';

function when(o: OpportunitySummary, today: string | undefined): string {
  if (o.next)
    return `${shortDay(o.next.dueOn)}${today ? ` (${relativeDay(o.next.dueOn, today)})` : ''}`;
  return o.heldOn ? `since ${shortDay(o.heldOn)}` : '';
}

const nameOf = (o: OpportunitySummary) => o.company ?? o.contact ?? 'Untitled';
const nextOf = (o: OpportunitySummary) => o.next?.label ?? (o.status === 'holding' ? 'Held' : '');

function StatusBadge(props: { item: OpportunitySummary }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[props.item.status]} tt="none">
      {closedLabel(props.item) ?? STATUS_LABELS[props.item.status]}
    </Badge>
  );
}

function NameLink(props: { item: OpportunitySummary }) {
  return (
    <Anchor
      component={Link}
      to={`/opportunities/${props.item.id}`}
      fw={600}
      className="clamp-2"
      title={nameOf(props.item)}
    >
      {nameOf(props.item)}
    </Anchor>
  );
}

function PhoneCard(props: { item: OpportunitySummary; today: string | undefined }) {
  const o = props.item;
  const next = nextOf(o);
  const at = when(o, props.today);
  return (
    <Paper withBorder radius="md" p="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <NameLink item={o} />
          {o.title ? (
            <Text size="sm" className="clamp-2">
              {o.title}
            </Text>
          ) : null}
          {o.contact && o.company ? (
            <Text size="sm" c="dimmed" className="clamp-2">
              {o.contact}
            </Text>
          ) : null}
        </div>
        <StatusBadge item={o} />
      </Group>
      {next || at ? (
        <Text size="sm" mt={4}>
          {[next, at].filter(Boolean).join(' · ')}
        </Text>
      ) : null}
    </Paper>
  );
}

/** The table's rows near the screen; the others are the room above and below them. */
function TableRows(props: {
  items: readonly OpportunitySummary[];
  today: string | undefined;
  paged: Paged;
}) {
  const near = useWindowRows<HTMLTableSectionElement>(props.items.length, 41, props.paged);
  return (
    <Table.Tbody ref={near.ref}>
      {near.before > 0 ? <tr aria-hidden style={{ height: near.before }} /> : null}
      {near.rows.map((row) => {
        const o = props.items[row.index];
        if (!o) return null;
        return (
          <Table.Tr
            key={o.id}
            data-index={row.index}
            ref={near.measure}
            aria-rowindex={row.index + 2}
          >
            <Table.Td>
              <NameLink item={o} />
            </Table.Td>
            <Table.Td>{o.title}</Table.Td>
            <Table.Td>{o.contact}</Table.Td>
            <Table.Td>
              <StatusBadge item={o} />
            </Table.Td>
            <Table.Td>{nextOf(o)}</Table.Td>
            <Table.Td>{when(o, props.today)}</Table.Td>
          </Table.Tr>
        );
      })}
      {near.after > 0 ? <tr aria-hidden style={{ height: near.after }} /> : null}
    </Table.Tbody>
  );
}

/** The list of `items` (the pages loaded so far of `paged.total`), near the screen only. */
export function ListView(props: {
  items: readonly OpportunitySummary[];
  today: string | undefined;
  paged: Paged;
}) {
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  if (phone)
    return (
      <VirtualRows
        items={props.items}
        {...props.paged}
        estimate={96}
        gap={8}
        label="Opportunities"
        itemKey={(o) => o.id}
        render={(o) => <PhoneCard item={o} today={props.today} />}
      />
    );
  return (
    <>
      <Table
        highlightOnHover
        verticalSpacing="xs"
        className="pipeline-table"
        aria-rowcount={props.paged.total + 1}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th>Company</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Person</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Next step</Table.Th>
            <Table.Th>When</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <TableRows items={props.items} today={props.today} paged={props.paged} />
      </Table>
      <PagedCount shown={props.items.length} {...props.paged} />
    </>
  );
}
