// Settings: the calendar feed, its secret address, and how to subscribe to it.
import {
  Alert,
  Button,
  CopyButton,
  Group,
  List,
  Loader,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCalendarOff, IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { api, errorText } from '../api.js';
import { useCalendarChange } from '../mutations/use-settings.js';
import { notify } from '../notify.js';
import { keys } from '../queries.js';
import { CalendarPhone } from './calendar-phone.js';
import { ConfirmPopover } from './confirm-popover.js';

function HowTo() {
  return (
    <div>
      <Text size="sm" fw={600} mb={4} id="calendar-how-to">
        Subscribe in your calendar app
      </Text>
      <List size="sm" spacing={4} aria-labelledby="calendar-how-to">
        <List.Item>
          <Text span fw={600} size="sm">
            Google Calendar:
          </Text>{' '}
          Other calendars → + → From URL, paste the address. Google reads it from its own servers,
          so the address must be reachable from the internet (start JustEnough with{' '}
          <code>--public-url</code>).
        </List.Item>
        <List.Item>
          <Text span fw={600} size="sm">
            Apple Calendar:
          </Text>{' '}
          File → New Calendar Subscription, paste the address, and choose how often to refresh.
        </List.Item>
        <List.Item>
          <Text span fw={600} size="sm">
            Outlook:
          </Text>{' '}
          Add calendar → Subscribe from web, paste the address.
        </List.Item>
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        A calendar app on this computer reads the 127.0.0.1 address while JustEnough runs. Each step
        shows on every day it may be done, and an overdue one on today, with the words to say, the
        phone number and a link back here; each interview is at its time, with an alarm an hour
        before.
      </Text>
    </div>
  );
}

export function CalendarSettings() {
  const feed = useQuery({ queryKey: keys.calendar, queryFn: api.calendar });
  const change = useCalendarChange();
  if (feed.isPending) return <Loader size="sm" aria-label="Loading the calendar feed" />;
  if (feed.isError) {
    return (
      <Alert color="red" title="The calendar feed could not be loaded">
        {errorText(feed.error)}
      </Alert>
    );
  }
  const { url } = feed.data;
  if (!url) {
    return (
      <Stack gap="sm">
        <Text size="sm">The calendar feed is off.</Text>
        <Group>
          <Button
            loading={change.isPending}
            onClick={() => change.mutate(api.openCalendar)}
            className="calendar-on"
          >
            Turn on the calendar feed
          </Button>
        </Group>
        <HowTo />
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label="Your calendar address"
          description="Keep it private: anyone with this address can read your follow-ups."
          value={url}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: 1 }}
          className="calendar-url"
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'light' : 'default'}
              color={copied ? 'teal' : 'gray'}
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              onClick={copy}
            >
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group gap="xs">
        <ConfirmPopover
          question="The current address stops working: calendars subscribed to it stop updating until you subscribe to the new one."
          keep="Keep it"
          confirm="Make a new address"
          onConfirm={() =>
            change.mutate(api.resetCalendar, {
              onSuccess: () => notify({ message: 'New address made; the old one is gone.' }),
            })
          }
          target={(toggle) => (
            <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={toggle}>
              New address
            </Button>
          )}
        />
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconCalendarOff size={16} />}
          loading={change.isPending}
          onClick={() =>
            change.mutate(api.closeCalendar, {
              onSuccess: () => notify({ message: 'Calendar feed turned off.' }),
            })
          }
        >
          Turn off
        </Button>
      </Group>
      <CalendarPhone url={url} />
      <HowTo />
    </Stack>
  );
}
