// What an import will do: counts, then the rows to add, the duplicates, the rejects, with their lines.
import { Badge, Group, Stack, Table, Tabs, Text, VisuallyHidden } from '@mantine/core';
import type { ImportItem, ImportPreview } from '../api.js';

/** Rows a table shows: a LinkedIn export has up to 30,000. */
const SHOWN = 200;

const BY: Readonly<Record<string, string>> = {
  email: 'same e-mail',
  linkedin: 'same LinkedIn profile',
  'name-company': 'same name and company',
  'company-title': 'same company and title',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function lines(item: ImportItem): string {
  return item.endLine === undefined ? String(item.line) : `${item.line}–${item.endLine}`;
}

function what(item: ImportItem): string {
  const d = item.duplicateOf;
  const duplicate = d
    ? `${BY[d.by] ?? d.by} as ${d.id !== undefined ? `#${d.id} ${d.label}` : `line ${d.line}`}: `
    : '';
  if (item.action === 'reject') return item.reason ?? '';
  if (item.action === 'skip') return `${duplicate}skipped, ${item.reason ?? ''}`;
  const changes = (item.changes ?? []).join('; ');
  return `${duplicate}${item.action === 'merge' ? 'merged: ' : ''}${changes || 'added'}`;
}

function ItemTable(props: {
  items: readonly ImportItem[];
  caption: string;
  detail?: (i: ImportItem) => string;
}) {
  const shown = props.items.slice(0, SHOWN);
  return (
    <Stack gap="xs">
      <Table striped verticalSpacing={6} fz="sm">
        <VisuallyHidden component="caption">{props.caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Line</Table.Th>
            <Table.Th>Row</Table.Th>
            <Table.Th>What happens</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((item) => (
            <Table.Tr key={`${item.line}-${item.endLine ?? ''}-${item.action}`}>
              <Table.Td>{lines(item)}</Table.Td>
              <Table.Td>
                {item.label || (
                  <Text span c="dimmed" size="sm">
                    (unreadable)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{(props.detail ?? what)(item)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {props.items.length > SHOWN ? (
        <Text size="sm" c="dimmed">
          … and {props.items.length - SHOWN} more.
        </Text>
      ) : null}
    </Stack>
  );
}

/** The counts of a preview (or of what was written) as badges. */
export function ImportCounts(props: { preview: ImportPreview }) {
  const c = props.preview.counts;
  const added = [
    c.newOpportunities && plural(c.newOpportunities, 'opportunity', 'opportunities'),
    c.newEvents && plural(c.newEvents, 'event'),
    c.newContacts && plural(c.newContacts, 'contact'),
    c.newCompanies && plural(c.newCompanies, 'company', 'companies'),
  ].filter(Boolean);
  const merged = [
    c.updatedOpportunities && plural(c.updatedOpportunities, 'opportunity', 'opportunities'),
    c.updatedContacts && plural(c.updatedContacts, 'contact'),
  ].filter(Boolean);
  return (
    <Group gap="xs">
      <Badge color="teal" variant="light" tt="none" size="lg">
        {props.preview.written ? 'Added' : 'To add'}: {added.join(', ') || 'nothing'}
      </Badge>
      <Badge color="blue" variant="light" tt="none" size="lg">
        {props.preview.written ? 'Merged' : 'To merge'}: {merged.join(', ') || 'nothing'}
      </Badge>
      <Badge color="gray" variant="light" tt="none" size="lg">
        Skipped: {plural(c.skip, 'row')}
      </Badge>
      <Badge color={c.reject ? 'red' : 'gray'} variant="light" tt="none" size="lg">
        Rejected: {plural(c.reject, 'row')}
      </Badge>
    </Group>
  );
}

/** The rows of a preview in tabs: to add, duplicates, rejected, warnings. */
export function ImportRows(props: { preview: ImportPreview }) {
  const items = props.preview.items;
  const added = items.filter((i) => i.action === 'add');
  const duplicates = items.filter((i) => i.duplicateOf);
  const rejected = items.filter((i) => i.action === 'reject');
  const warned = items.filter((i) => i.warnings?.length);
  const tabs = [
    { value: 'add', label: `To add (${added.length})`, items: added, caption: 'Rows to add' },
    {
      value: 'duplicates',
      label: `Duplicates (${duplicates.length})`,
      items: duplicates,
      caption: 'Duplicates found',
    },
    {
      value: 'rejected',
      label: `Rejected (${rejected.length})`,
      items: rejected,
      caption: 'Rows rejected',
    },
    {
      value: 'warnings',
      label: `Warnings (${warned.length})`,
      items: warned,
      caption: 'Rows with warnings',
    },
  ];
  if (items.length === 0) return null;
  const first = tabs.find((t) => t.items.length > 0)?.value ?? 'add';
  return (
    <Tabs defaultValue={first} keepMounted={false}>
      <Tabs.List>
        {tabs.map((t) => (
          <Tabs.Tab key={t.value} value={t.value}>
            {t.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((t) => (
        <Tabs.Panel key={t.value} value={t.value} pt="sm">
          {t.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              None.
            </Text>
          ) : (
            <ItemTable
              items={t.items}
              caption={t.caption}
              {...(t.value === 'warnings'
                ? { detail: (i: ImportItem) => (i.warnings ?? []).join('; ') }
                : {})}
            />
          )}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
