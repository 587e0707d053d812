// The columns of a spreadsheet of applications: what was guessed, with a select per field to correct it.
import { NativeSelect, SimpleGrid, Text } from '@mantine/core';
import type { ImportPreview } from '../api.js';

type Mapping = NonNullable<ImportPreview['mapping']>;

export const FIELD_LABELS: readonly (readonly [string, string])[] = [
  ['company', 'Company'],
  ['title', 'Job title'],
  ['applied', 'Date applied'],
  ['status', 'Status'],
  ['status-date', 'Date of the status'],
  ['contact', 'Contact'],
  ['email', "Contact's e-mail"],
  ['phone', "Contact's phone"],
  ['notes', 'Notes'],
  ['url', 'Job posting'],
];

const NONE = '';

/** The corrections to send: every field whose column differs from the guess ("field=" for none). */
export function corrections(mapping: Mapping, chosen: Readonly<Record<string, string>>): string[] {
  return Object.entries(chosen)
    .filter(
      ([field, column]) => (mapping.guessed[field as keyof Mapping['guessed']] ?? NONE) !== column,
    )
    .map(([field, column]) => `${field}=${column}`);
}

export function ColumnMapping(props: {
  mapping: Mapping;
  disabled: boolean;
  onChange: (field: string, column: string) => void;
}) {
  const options = [
    { value: NONE, label: '— none —' },
    ...props.mapping.columns.map((c) => ({ value: c, label: c || '(no header)' })),
  ];
  return (
    <div>
      <Text size="sm" c="dimmed" mb="xs">
        These columns were guessed from the headers. Correct any that is wrong; the preview follows.
        Company and job title are needed.
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="sm">
        {FIELD_LABELS.map(([field, label]) => (
          <NativeSelect
            key={field}
            label={label}
            data={options}
            value={props.mapping.fields[field as keyof Mapping['fields']] ?? NONE}
            disabled={props.disabled}
            onChange={(e) => props.onChange(field, e.currentTarget.value)}
          />
        ))}
      </SimpleGrid>
      {props.mapping.ignored.length > 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          Left out: {props.mapping.ignored.join(', ')}
        </Text>
      ) : null}
    </div>
  );
}
