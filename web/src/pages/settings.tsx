// Settings: who you are (for the scripts), your time zone and holidays, the playbook's numbers,
// the calendar feed and the morning e-mail.
import {
  ActionIcon,
  Alert,
  Button,
  Chip,
  Group,
  List,
  Loader,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { ApiError, api, errorText, type SettingsInput, type SettingsView } from '../api.js';
import { CalendarSettings } from '../components/calendar-settings.js';
import { DigestSettings } from '../components/digest-settings.js';
import { useToast } from '../components/toast.js';
import { fullDay, relativeDay } from '../dates.js';
import { keys, refreshAll, useServerToday, useSettings } from '../queries.js';

type Playbook = SettingsView['playbook'];

const PLAYBOOK_FIELDS: readonly {
  key: Exclude<keyof Playbook, 'followUpDayKind'>;
  label: string;
  description: string;
  min: number;
  max: number;
}[] = [
  {
    key: 'firstFollowUpDays',
    label: 'First follow-up after',
    description: 'business days after you apply or reach out',
    min: 1,
    max: 30,
  },
  {
    key: 'followUpDays',
    label: 'Next follow-up after',
    description: 'days after an unanswered attempt',
    min: 1,
    max: 30,
  },
  {
    key: 'maxFollowUps',
    label: 'Follow-ups before the holding file',
    description: 'unanswered attempts in a row',
    min: 1,
    max: 10,
  },
  {
    key: 'holdAfterDays',
    label: 'Holding file after',
    description: 'business days after the last follow-up',
    min: 0,
    max: 30,
  },
  {
    key: 'checkInMinDays',
    label: 'Check in from',
    description: 'days after the last contact',
    min: 1,
    max: 60,
  },
  {
    key: 'checkInMaxDays',
    label: 'Check in by',
    description: 'days after the last contact',
    min: 1,
    max: 90,
  },
  {
    key: 'thankYouDays',
    label: 'Thank-you call and note after',
    description: 'business days after the interview',
    min: 0,
    max: 10,
  },
];

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

function Section(props: { title: string; description: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section">
      <Title order={2} size="h4">
        {props.title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {props.description}
      </Text>
      {props.children}
    </Paper>
  );
}

function HolidayList(props: {
  items: readonly { date: string; name: string }[];
  today: string | undefined;
  label: string;
}) {
  return (
    <List size="sm" spacing={4} aria-label={props.label} className="holidays">
      {props.items.map((h) => (
        <List.Item key={`${h.date}-${h.name}`}>
          <Text span fw={600} size="sm">
            {fullDay(h.date)}
          </Text>{' '}
          {h.name}
          {props.today ? (
            <Text span c="dimmed" size="sm">
              {' '}
              ({relativeDay(h.date, props.today)})
            </Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}

function SettingsForm(props: { settings: SettingsView }) {
  const s = props.settings;
  const today = useServerToday();
  const client = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState(s.name ?? '');
  const [phone, setPhone] = useState(s.phone ?? '');
  const [email, setEmail] = useState(s.email ?? '');
  const [timeZone, setTimeZone] = useState(s.timeZone);
  const [region, setRegion] = useState(s.holidays);
  const [weekend, setWeekend] = useState<string[]>([...s.weekendDays]);
  const [playbook, setPlaybook] = useState<Playbook>(s.playbook);
  const [dayOff, setDayOff] = useState('');
  const [debouncedRegion] = useDebouncedValue(region.trim(), 300);
  const zones = useMemo(() => timeZones(s.timeZone), [s.timeZone]);
  const preview = useQuery({
    queryKey: keys.holidays(debouncedRegion),
    queryFn: () => api.holidays(debouncedRegion),
    enabled: debouncedRegion !== '' && debouncedRegion.toUpperCase() !== s.holidays.toUpperCase(),
    retry: false,
  });
  const save = useMutation({
    mutationFn: (input: SettingsInput) => api.saveSettings(input),
    onSuccess: async (view) => {
      client.setQueryData(keys.settings, view);
      toast({ message: 'Settings saved. The plan follows them.' });
      await refreshAll(client);
    },
    onError: (error) => toast({ tone: 'error', title: 'Not saved', message: errorText(error) }),
  });
  const fieldError = (field: string) =>
    save.error instanceof ApiError && save.error.field?.startsWith(field)
      ? errorText(save.error)
      : undefined;
  const submit = () => {
    const input: Record<string, unknown> = {};
    if (name !== (s.name ?? '')) input.name = name.trim() || null;
    if (phone !== (s.phone ?? '')) input.phone = phone.trim() || null;
    if (email !== (s.email ?? '')) input.email = email.trim() || null;
    if (timeZone !== s.timeZone) input.timeZone = timeZone;
    if (region.trim() !== s.holidays) input.holidays = region.trim();
    if (weekend.join() !== s.weekendDays.join()) input.weekendDays = weekend;
    const changed = Object.fromEntries(
      Object.entries(playbook).filter(([k, value]) => s.playbook[k as keyof Playbook] !== value),
    );
    if (Object.keys(changed).length) input.playbook = changed;
    if (Object.keys(input).length === 0) {
      toast({ message: 'Nothing changed.' });
      return;
    }
    save.mutate(input as SettingsInput);
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        <Section
          title="You"
          description="The scripts and e-mails are signed with these, so people can call you back."
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label="Your name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError('name')}
              autoComplete="name"
            />
            <TextInput
              label="Your phone"
              type="tel"
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
              error={fieldError('phone')}
              autoComplete="tel"
            />
            <TextInput
              label="Your e-mail"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError('email')}
              autoComplete="email"
            />
          </SimpleGrid>
        </Section>
        <Section
          title="Time and business days"
          description="Follow-ups fall on business days: weekdays that are not public holidays where you live."
        >
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect
                label="Time zone"
                value={timeZone}
                onChange={(e) => setTimeZone(e.currentTarget.value)}
                data={zones}
                error={fieldError('timezone')}
              />
              <TextInput
                label="Holiday region"
                description="A country, with a region if you like: US, US-IL, GB, DE-BY"
                value={region}
                onChange={(e) => setRegion(e.currentTarget.value)}
                error={
                  fieldError('holidays') ?? (preview.isError ? errorText(preview.error) : undefined)
                }
              />
            </SimpleGrid>
            <div>
              <Text size="sm" fw={500} mb={4}>
                {preview.data
                  ? `The next public holidays in ${preview.data.region}`
                  : `The next public holidays in ${s.holidays}`}
              </Text>
              <HolidayList
                items={preview.data?.items ?? s.upcomingHolidays}
                today={today}
                label="The next public holidays"
              />
              {preview.data ? (
                <Text size="xs" c="dimmed" mt={4}>
                  Preview: save to use {preview.data.region}.
                </Text>
              ) : null}
            </div>
            <div>
              <Text size="sm" fw={500} mb={6} id="weekend-label">
                Weekend days
              </Text>
              <Chip.Group multiple value={weekend} onChange={setWeekend}>
                <Group gap={6} role="group" aria-labelledby="weekend-label">
                  {WEEKDAYS.map(([value, label]) => (
                    <Chip key={value} value={value} size="sm">
                      {label}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
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
                        onClick={() => save.mutate({ removeDaysOff: [d] })}
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
                <TextInput
                  type="date"
                  aria-label="A day off"
                  value={dayOff}
                  onChange={(e) => setDayOff(e.currentTarget.value)}
                  error={fieldError('day-off')}
                />
                <Button
                  variant="default"
                  disabled={!dayOff}
                  onClick={() =>
                    save.mutate({ addDaysOff: [dayOff] }, { onSuccess: () => setDayOff('') })
                  }
                >
                  Add day off
                </Button>
              </Group>
            </div>
          </Stack>
        </Section>
        <Section
          title="The playbook"
          description="The numbers of the method. The defaults are the 3X3 method's own; change them if your field moves at another pace."
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {PLAYBOOK_FIELDS.map((f) => (
              <NumberInput
                key={f.key}
                label={f.label}
                description={f.description}
                value={playbook[f.key]}
                min={f.min}
                max={f.max}
                allowDecimal={false}
                onChange={(value) =>
                  setPlaybook((p) => ({
                    ...p,
                    [f.key]: typeof value === 'number' ? value : Number(value) || f.min,
                  }))
                }
              />
            ))}
            <NativeSelect
              label="Follow-up days count"
              description="between unanswered follow-ups"
              value={playbook.followUpDayKind}
              onChange={(e) =>
                setPlaybook((p) => ({
                  ...p,
                  followUpDayKind: e.currentTarget.value === 'calendar' ? 'calendar' : 'business',
                }))
              }
              data={[
                { value: 'business', label: 'Business days' },
                { value: 'calendar', label: 'Calendar days' },
              ]}
            />
          </SimpleGrid>
          {fieldError('playbook') ? (
            <Text c="red" size="sm" mt="sm">
              {fieldError('playbook')}
            </Text>
          ) : null}
        </Section>
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={save.isPending}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function SettingsPage() {
  const settings = useSettings();
  return (
    <Stack gap="lg">
      <header>
        <Title order={1}>Settings</Title>
        <Text c="dimmed">What the scripts say about you, and how JustEnough counts days.</Text>
      </header>
      {settings.isPending ? <Loader aria-label="Loading settings" /> : null}
      {settings.isError ? (
        <Alert color="red" title="Settings could not be loaded">
          {errorText(settings.error)}
        </Alert>
      ) : null}
      {settings.data ? (
        <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />
      ) : null}
      <Section
        title="Calendar"
        description="Your follow-ups and interviews in the calendar you already use, kept up to date."
      >
        <CalendarSettings />
      </Section>
      <Section
        title="Morning e-mail"
        description="Each morning, what is due today and what is overdue, with the words to say."
      >
        <DigestSettings />
      </Section>
    </Stack>
  );
}
