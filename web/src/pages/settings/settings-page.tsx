// Settings: who you are (for the scripts), your time zone and holidays, the playbook's numbers,
// the calendar feed and the morning e-mail.
import {
  Alert,
  Button,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorText, type SettingsInput, type SettingsView } from '../../api.js';
import { CalendarSettings } from '../../components/calendar-settings.js';
import { DigestSettings } from '../../components/digest-settings.js';
import { PushSettings } from '../../components/push-settings.js';
import { Section } from '../../components/section.js';
import { problemOnField } from '../../forms/problem-on-field.js';
import { useSaveSettings } from '../../mutations/use-settings.js';
import { notify, notifyFailure } from '../../notify.js';
import { useSettings } from '../../queries.js';
import { BusinessDays } from './business-days.js';
import { InboxSection } from './inbox-section.js';
import { PlaybookFields } from './playbook-fields.js';
import {
  FIELD_ALIASES,
  type SettingsValues,
  settingsChanges,
  settingsValues,
} from './settings-values.js';

// The form is made again from each saved view; the save belongs to the page, so
// that its "saved" is said after the form it came from is gone.
function SettingsForm(props: { settings: SettingsView; save: ReturnType<typeof useSaveSettings> }) {
  const { settings: s, save } = props;
  const form = useForm<SettingsValues>({ initialValues: settingsValues(s) });
  const saveChanges = (input: SettingsInput, then?: () => void) =>
    save.mutate(input, {
      onSuccess: () => {
        notify({ message: 'Settings saved. The plan follows them.' });
        then?.();
      },
      onError: (error) => {
        problemOnField(form, error, FIELD_ALIASES);
        notifyFailure('Not saved', error);
      },
    });
  return (
    <form
      onSubmit={form.onSubmit((values) => {
        const input = settingsChanges(values, s);
        if (Object.keys(input).length === 0) notify({ message: 'Nothing changed.' });
        else saveChanges(input);
      })}
    >
      <Stack gap="lg">
        <Section
          title="You"
          description="The scripts and e-mails are signed with these, so people can call you back."
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="Your name" autoComplete="name" {...form.getInputProps('name')} />
            <TextInput
              label="Your phone"
              type="tel"
              autoComplete="tel"
              {...form.getInputProps('phone')}
            />
            <TextInput
              label="Your e-mail"
              type="email"
              autoComplete="email"
              {...form.getInputProps('email')}
            />
          </SimpleGrid>
        </Section>
        <Section
          title="Time and business days"
          description="Follow-ups fall on business days: weekdays that are not public holidays where you live."
        >
          <BusinessDays form={form} settings={s} onSave={saveChanges} />
        </Section>
        <Section
          title="The playbook"
          description="The numbers of the method. The defaults are the 3X3 method's own; change them if your field moves at another pace."
        >
          <PlaybookFields form={form} />
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
  const save = useSaveSettings();
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
        <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} save={save} />
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
      <Section
        title="Reminders on this device"
        description="A notification on your phone or computer: tap it to open Today."
      >
        <PushSettings />
      </Section>
      <Section
        title="Inbox"
        description="JustEnough reads your mailbox (never changing anything in it) and logs replies and the e-mails you send by itself; the rest it proposes on Today."
      >
        <InboxSection />
      </Section>
    </Stack>
  );
}
