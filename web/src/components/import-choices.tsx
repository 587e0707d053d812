// The choices of an import (what the file holds, what to do with duplicates, how dates read) and its progress.
import { NativeSelect, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ImportPreview } from '../api.js';

export type Phase = 'idle' | 'uploading' | 'checking' | 'previewed' | 'importing' | 'done';

export interface Choices {
  readonly format: string;
  readonly dateFormat: string;
  readonly duplicates: string;
  readonly map: readonly string[];
}

export const FIRST_CHOICES: Choices = { format: '', dateFormat: '', duplicates: 'merge', map: [] };

export function ImportChoices(props: {
  choices: Choices;
  disabled: boolean;
  preview: ImportPreview | null;
  onChange: (next: Partial<Choices>) => void;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <NativeSelect
        label="The file holds"
        value={props.choices.format}
        disabled={props.disabled}
        onChange={(e) => props.onChange({ format: e.currentTarget.value, map: [], dateFormat: '' })}
        data={[
          { value: '', label: 'Found from its content' },
          { value: 'linkedin', label: 'LinkedIn connections' },
          { value: 'vcard', label: 'vCard contacts' },
          { value: 'csv', label: 'A spreadsheet of applications' },
          { value: 'json', label: 'A JustEnough export' },
        ]}
      />
      <NativeSelect
        label="People or applications already here"
        value={props.choices.duplicates}
        disabled={props.disabled}
        onChange={(e) => props.onChange({ duplicates: e.currentTarget.value })}
        data={[
          { value: 'merge', label: 'Fill in what they lack' },
          { value: 'skip', label: 'Leave them as they are' },
        ]}
      />
      {props.preview?.format === 'csv' ? (
        <NativeSelect
          label="Dates such as 03/04/2026"
          value={props.choices.dateFormat}
          disabled={props.disabled}
          onChange={(e) => props.onChange({ dateFormat: e.currentTarget.value })}
          data={[
            {
              value: '',
              label: props.preview.dateFormat?.value
                ? `Found from the dates (${props.preview.dateFormat.value === 'mdy' ? 'month first' : 'day first'})`
                : 'Found from the dates',
            },
            { value: 'mdy', label: 'Month first: March 4' },
            { value: 'dmy', label: 'Day first: 3 April' },
          ]}
        />
      ) : null}
    </SimpleGrid>
  );
}

/** The bar of an upload, then of the server's work (whose length it cannot know). */
export function Working(props: { phase: Phase; sent: number }) {
  const label =
    props.phase === 'uploading' || (props.phase === 'importing' && props.sent < 1)
      ? `Sending the file: ${Math.round(props.sent * 100)}%`
      : props.phase === 'checking'
        ? 'Reading the file and looking for duplicates…'
        : 'Importing, all at once…';
  const sending = props.sent < 1;
  return (
    <Stack gap={4}>
      <Progress
        value={sending ? props.sent * 100 : 100}
        animated={!sending}
        striped={!sending}
        aria-label={label}
        size="lg"
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {label}
      </Text>
    </Stack>
  );
}
