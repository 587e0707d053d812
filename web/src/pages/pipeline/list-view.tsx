// The dense list, for people with a hundred applications and more: a table on
// a wide screen, one short card per opportunity on a phone (a table would
// scroll sideways there).
import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import type { OpportunitySummary } from '../../api.js';
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

function PhoneList(props: { items: readonly OpportunitySummary[]; today: string | undefined }) {
  return (
    <Stack component="ul" gap="xs" className="pipeline-cards" aria-label="Opportunities">
      {props.items.map((o) => {
        const next = nextOf(o);
        const at = when(o, props.today);
        return (
          <Paper component="li" key={o.id} withBorder radius="md" p="sm">
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
      })}
    </Stack>
  );
}

export function ListView(props: {
  items: readonly OpportunitySummary[];
  today: string | undefined;
}) {
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  if (phone) return <PhoneList items={props.items} today={props.today} />;
  return (
    <Table striped highlightOnHover verticalSpacing="xs" className="pipeline-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Company</Table.Th>
          <Table.Th>Role</Table.Th>
          <Table.Th>Person</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Next step</Table.Th>
          <Table.Th>When</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.items.map((o) => (
          <Table.Tr key={o.id}>
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
        ))}
      </Table.Tbody>
    </Table>
  );
}
