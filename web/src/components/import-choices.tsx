// The choices of an import (what the file holds, what to do with duplicates, how dates read) and its progress.
import { NativeSelect, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ImportPreview } from '../api.js';

export type Phase = 'idle' | 'uploading' | 'checking' | 'previewed' | 'importing' | 'done';

export interface Choices {
  readonly format: string;
  readonly dateFormat: string;
  readonly duplicates: string;
  readonly map: readonly string[];
  /** Corrections of rejected rows' cells, LINE:field=value; a later one wins. */
  readonly edit: readonly string[];
}

export const FIRST_CHOICES: Choices = {
  format: '',
  dateFormat: '',
  duplicates: 'merge',
  map: [],
  edit: [],
};

const ORDER_WORDS = { mdy: 'month first', dmy: 'day first' } as const;

/** How dates such as 03/04/2026 were read, in words: which order, and why. */
export function dateReading(preview: ImportPreview): string | null {
  const d = preview.dateFormat;
  if (!d?.value) return null;
  const why =
    d.from === 'option'
      ? 'as you chose'
      : d.from === 'dates'
        ? 'as the other dates of the file prove'
        : `the way dates are written where your holidays are (${d.region ?? ''})`;
  const order = ORDER_WORDS[d.value];
  return d.example ? `${d.example.words}: ${order}, ${why}.` : `Dates are read ${order}, ${why}.`;
}

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
        onChange={(e) =>
          props.onChange({ format: e.currentTarget.value, map: [], dateFormat: '', edit: [] })
        }
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
          description={dateReading(props.preview)}
          value={props.choices.dateFormat}
          disabled={props.disabled}
          onChange={(e) => props.onChange({ dateFormat: e.currentTarget.value })}
          data={[
            {
              value: '',
              label: props.preview.dateFormat?.value
                ? `${props.preview.dateFormat.from === 'region' ? 'As where you live' : 'Found from the dates'} (${ORDER_WORDS[props.preview.dateFormat.value]})`
                : 'Found from the dates',
            },
            { value: 'mdy', label: 'Month first: 03/04 is 4 March' },
            { value: 'dmy', label: 'Day first: 03/04 is 3 April' },
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
