// A rejected row of a spreadsheet, corrected in the preview before anything is imported.
import { Button, Group, Paper, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ImportItem } from '../api.js';
import { lines, what } from './import-item-words.js';

/** A reason without the field's key in front ("applied: ..."), for under the field itself. */
const withoutField = (item: ImportItem) =>
  item.field && item.reason?.startsWith(`${item.field}: `)
    ? item.reason.slice(item.field.length + 2)
    : (item.reason ?? '');

/**
 * A rejected row of a spreadsheet, with its cells to correct: the field at fault
 * says why under it; "Check again" sends the changed cells (LINE:field=value).
 */
export function CorrectRow(props: {
  item: ImportItem;
  fields: readonly (readonly [string, string])[];
  disabled: boolean;
  onCorrect: (edits: string[]) => void;
}) {
  const { item } = props;
  const cells = (item.cells ?? {}) as Readonly<Record<string, string | undefined>>;
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.fields.map(([f]) => [f, cells[f] ?? ''])),
  );
  const name = item.label || `line ${item.line}`;
  const changed = props.fields
    .filter(([f]) => (values[f] ?? '').trim() !== (cells[f] ?? ''))
    .map(([f]) => `${item.line}:${f}=${(values[f] ?? '').trim()}`);
  return (
    <Paper withBorder radius="md" p="sm" className="rejected-row" data-line={item.line}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            Line {lines(item)}: {item.label || '(unreadable)'}
          </Text>
          <Text size="sm">{what(item)}</Text>
        </div>
        {open ? null : (
          <Button
            variant="light"
            size="xs"
            onClick={() => setOpen(true)}
            disabled={props.disabled}
            aria-label={`Correct line ${item.line}, ${name}`}
          >
            Correct it
          </Button>
        )}
      </Group>
      {open ? (
        <form
          aria-label={`Correct line ${item.line}`}
          onSubmit={(e) => {
            e.preventDefault();
            if (changed.length > 0) props.onCorrect(changed);
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" mt="xs">
            {props.fields.map(([f, label]) => (
              <TextInput
                key={f}
                label={label}
                size="sm"
                value={values[f] ?? ''}
                disabled={props.disabled}
                error={f === item.field ? withoutField(item) : undefined}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setValues((old) => ({ ...old, [f]: v }));
                }}
              />
            ))}
          </SimpleGrid>
          <Group gap="xs" mt="xs">
            <Button type="submit" size="xs" disabled={props.disabled || changed.length === 0}>
              Check again
            </Button>
            <Button size="xs" variant="default" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </Group>
        </form>
      ) : null}
    </Paper>
  );
}
