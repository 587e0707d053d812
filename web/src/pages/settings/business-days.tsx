// Time and business days: the time zone, the holiday region with its next
// holidays (so the user trusts the arithmetic), the weekend, the days off.

import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import {
  ActionIcon,
  Button,
  Chip,
  Group,
  List,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, errorText, type SettingsInput, type SettingsView } from '../../api.js';
import { fullDay, relativeDay } from '../../dates.js';
import { keys, useServerToday } from '../../queries.js';
import type { SettingsForm } from './settings-values.js';

const WEEKDAYS = [
  ['mon', 'Mon'],
  ['tue', 'Tue'],
  ['wed', 'Wed'],
  ['thu', 'Thu'],
  ['fri', 'Fri'],
  ['sat', 'Sat'],
  ['sun', 'Sun'],
] as const;

function timeZones(current: string): string[] {
  const all =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/** A region in the picker: its name, with its code to be found by either. */
const regionLabel = (r: { code: string; name: string }) => `${r.name} (${r.code})`;

// Every word typed is in the name or the code, in any order, accents aside: "illinois", "us il".
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const byWords: OptionsFilter = ({ options, search }) => {
  const words = fold(search)
    .split(/[\s,—-]+/)
    .filter(Boolean);
  return (options as ComboboxItem[]).filter((o) => {
    const label = fold(o.label);
    return words.every((w) => label.includes(w));
  });
};

function HolidayList(props: { items: readonly { date: string; name: string }[] }) {
  const today = useServerToday();
  return (
    <List size="sm" spacing={4} aria-label="The next public holidays" className="holidays">
      {props.items.map((h) => (
        <List.Item key={`${h.date}-${h.name}`}>
          <Text span fw={600} size="sm">
            {fullDay(h.date)}
          </Text>{' '}
          {h.name}
          {today ? (
            <Text span c="dimmed" size="sm">
              {' '}
              ({relativeDay(h.date, today)})
            </Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}

export function BusinessDays(props: {
  form: SettingsForm;
  settings: SettingsView;
  /** Saves one change at once (a day off added or removed). */
  onSave: (input: SettingsInput, then?: () => void) => void;
}) {
  const { form, settings: s } = props;
  const [region] = useDebouncedValue(form.values.holidays.trim(), 300);
  const zones = useMemo(() => timeZones(s.timeZone), [s.timeZone]);
  const preview = useQuery({
    queryKey: keys.holidays(region),
    queryFn: () => api.holidays(region),
    enabled: region !== '' && region.toUpperCase() !== s.holidays.toUpperCase(),
    retry: false,
  });
  const dayOff = form.values.dayOff;
  const holidays = form.getInputProps('holidays');
  // The long list of regions comes from the server, on this page only.
  const regions = useQuery({
    queryKey: ['holiday-regions'],
    queryFn: api.holidayRegions,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const options = useMemo(() => {
    const items = regions.data?.items ?? [];
    const known = items.some((r) => r.code === form.values.holidays);
    return [
      ...(known || !form.values.holidays
        ? []
        : [{ value: form.values.holidays, label: form.values.holidays }]),
      ...items.map((r) => ({ value: r.code, label: regionLabel(r) })),
    ];
  }, [regions.data, form.values.holidays]);
  const nameOf = (code: string) => regions.data?.items.find((r) => r.code === code)?.name ?? code;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect label="Time zone" data={zones} {...form.getInputProps('timeZone')} />
        <Select
          label="Holiday region"
          description="Your country, or its state or region: type its name"
          searchable
          allowDeselect={false}
          data={options}
          filter={byWords}
          limit={60}
          maxDropdownHeight={280}
          nothingFoundMessage="No country or region by that name"
          comboboxProps={{ withinPortal: true }}
          value={form.values.holidays}
          onChange={(value) => {
            if (value) form.setFieldValue('holidays', value);
          }}
          onFocus={holidays.onFocus}
          onBlur={holidays.onBlur}
          error={holidays.error ?? (preview.isError ? errorText(preview.error) : undefined)}
        />
      </SimpleGrid>
      <div>
        <Text size="sm" fw={500} mb={4}>
          The next public holidays in {nameOf(preview.data ? preview.data.region : s.holidays)}
        </Text>
        <HolidayList items={preview.data?.items ?? s.upcomingHolidays} />
        {preview.data ? (
          <Text size="xs" c="dimmed" mt={4}>
            Preview: save to use {nameOf(preview.data.region)}.
          </Text>
        ) : null}
      </div>
      <div>
        <Text size="sm" fw={500} mb={6} id="weekend-label">
          Weekend days
        </Text>
        <Chip.Group multiple {...form.getInputProps('weekendDays')}>
          <Group gap={6} role="group" aria-labelledby="weekend-label">
            {WEEKDAYS.map(([value, label]) => (
              <Chip key={value} value={value} size="sm">
                {label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {form.errors.weekendDays ? (
          <Text c="red" size="sm" mt={4}>
            {form.errors.weekendDays}
          </Text>
        ) : null}
      </div>
      <div>
        <Text size="sm" fw={500} mb={4}>
          Your own days off
        </Text>
        {s.daysOff.length ? (
          <Stack gap={2} mb="xs">
            {s.daysOff.map((d) => (
              <Group key={d} gap="xs">
                <Text size="sm">{fullDay(d)}</Text>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="gray"
                  aria-label={`Remove the day off ${fullDay(d)}`}
                  onClick={() => props.onSave({ removeDaysOff: [d] })}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" mb="xs">
            None. Add a vacation day and no follow-up will fall on it.
          </Text>
        )}
        <Group gap="xs" align="flex-end">
          <TextInput type="date" aria-label="A day off" {...form.getInputProps('dayOff')} />
          <Button
            variant="default"
            disabled={!dayOff}
            onClick={() =>
              props.onSave({ addDaysOff: [dayOff] }, () => form.setFieldValue('dayOff', ''))
            }
          >
            Add day off
          </Button>
        </Group>
      </div>
    </Stack>
  );
}
