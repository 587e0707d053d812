// The method, in plain words: what JustEnough asks you to do, and why.
import {
  Anchor,
  Blockquote,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconArchive, IconMessageCircle, IconPencil, IconPhone } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSettings } from '../queries.js';

export default function MethodPage() {
  const settings = useSettings();
  const p = settings.data?.playbook;
  const first = p?.firstFollowUpDays ?? 3;
  const every = p?.followUpDays ?? 3;
  const max = p?.maxFollowUps ?? 3;
  const min = p?.checkInMinDays ?? 7;
  const maxDays = p?.checkInMaxDays ?? 10;
  return (
    <Stack gap="xl" className="method">
      <header>
        <Title order={1}>The 3X3 method</Title>
        <Text size="lg" mt="xs">
          Follow up just enough: often enough to be remembered, never so often that you become a
          nuisance. JustEnough does the counting, so each morning you only make the calls it lists.
        </Text>
      </header>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Paper withBorder radius="lg" p="lg">
          <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
            <IconPhone size={22} />
          </ThemeIcon>
          <Title order={2} size="h4" mt="sm">
            Three business days, then call
          </Title>
          <Text mt="xs">
            {first} business days after you apply, call the hiring manager or HR. Weekends and the
            public holidays of your region do not count.
          </Text>
        </Paper>
        <Paper withBorder radius="lg" p="lg">
          <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
            <IconMessageCircle size={22} />
          </ThemeIcon>
          <Title order={2} size="h4" mt="sm">
            A message in three parts
          </Title>
          <List mt="xs" spacing={4}>
            <List.Item>You know they are busy and have had many responses.</List.Item>
            <List.Item>
              Did they receive your application? That is the purpose of the call.
            </List.Item>
            <List.Item>Is there anything you can do to improve your chances?</List.Item>
          </List>
        </Paper>
        <Paper withBorder radius="lg" p="lg">
          <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
            <IconArchive size={22} />
          </ThemeIcon>
          <Title order={2} size="h4" mt="sm">
            Three times, then the holding file
          </Title>
          <Text mt="xs">
            No answer? Leave the same message on voicemail, and try again {every} business days
            later, up to {max} times. Then the opportunity moves to the holding file by itself:
            nothing is due, but it stays findable, because you never know when someone calls back.
          </Text>
        </Paper>
        <Paper withBorder radius="lg" p="lg">
          <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
            <IconPencil size={22} />
          </ThemeIcon>
          <Title order={2} size="h4" mt="sm">
            After the interview
          </Title>
          <Text mt="xs">
            The next business day, call to thank them for their time and say you are still
            interested, and send a handwritten note. Then check in every {min} to {maxDays} days
            until you have a definite yes or no.
          </Text>
        </Paper>
      </SimpleGrid>
      <Blockquote color="teal" radius="lg">
        Logging a call before it was due is fine: JustEnough counts it and tells you it came early.
        Follow up just enough, without stalking.
      </Blockquote>
      <Text>
        Every number here is a setting.{' '}
        <Anchor component={Link} to="/settings">
          Change the playbook
        </Anchor>{' '}
        or{' '}
        <Anchor component={Link} to="/opportunities/new">
          add your first opportunity
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
