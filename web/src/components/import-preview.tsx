// What an import will do: counts, then the rows to add, the duplicates, the rejects, with their lines.
import { Badge, Group, Stack, Table, Tabs, Text, VisuallyHidden } from '@mantine/core';
import type { ImportItem, ImportPreview } from '../api.js';
import { FIELD_LABELS } from './column-mapping.js';
import { CorrectRow } from './import-correct-row.js';
import { lines, what } from './import-item-words.js';

/** Rows a table shows: a LinkedIn export has up to 30,000. */
const SHOWN = 200;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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

/** The rejected rows: those with cells can be corrected here, the others are listed. */
function RejectedRows(props: {
  preview: ImportPreview;
  items: readonly ImportItem[];
  disabled: boolean;
  onCorrect: ((edits: string[]) => void) | undefined;
}) {
  const mapping = props.preview.mapping;
  const onCorrect = props.onCorrect;
  const fields = mapping
    ? FIELD_LABELS.filter(([f]) => mapping.fields[f as keyof typeof mapping.fields] != null)
    : [];
  const correctable = onCorrect && fields.length > 0 ? props.items.filter((i) => i.cells) : [];
  const others = props.items.filter((i) => !correctable.includes(i));
  return (
    <Stack gap="xs">
      {correctable.length > 0 ? (
        <Text size="sm" c="dimmed">
          Correct a row here and check it again; the file itself stays as it is.
        </Text>
      ) : null}
      {onCorrect
        ? correctable
            .slice(0, SHOWN)
            .map((item) => (
              <CorrectRow
                key={`${item.line}-${JSON.stringify(item.cells)}`}
                item={item}
                fields={fields}
                disabled={props.disabled}
                onCorrect={onCorrect}
              />
            ))
        : null}
      {others.length > 0 ? <ItemTable items={others} caption="Rows rejected" /> : null}
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
export function ImportRows(props: {
  preview: ImportPreview;
  disabled?: boolean;
  /** Corrects cells of rejected rows (LINE:field=value) and checks the file again. */
  onCorrect?: (edits: string[]) => void;
}) {
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
          ) : t.value === 'rejected' ? (
            <RejectedRows
              preview={props.preview}
              items={t.items}
              disabled={props.disabled ?? false}
              onCorrect={props.preview.written ? undefined : props.onCorrect}
            />
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
