// A new opportunity: a job (company, title, posting, contact) or a person to meet.
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBolt } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  ContactFields,
  type Kind,
  newOpportunity,
  type OpportunityValues,
  opportunityValues,
  WhatFields,
} from '../forms/opportunity-fields.js';
import { problemOnField } from '../forms/problem-on-field.js';
import { useAddOpportunity } from '../mutations/use-opportunities.js';
import { notify } from '../notify.js';
import { useServerToday } from '../queries.js';

const SOURCE_CHOICES = [
  { value: '', label: 'Not said' },
  { value: 'posting', label: 'A job posting' },
  { value: 'referral', label: 'A referral' },
  { value: 'networking', label: 'Networking' },
  { value: 'recruiter', label: 'A recruiter' },
  { value: 'other', label: 'Other' },
];

/** Whether it was applied to (reached out to): today, on another day, or not yet. */
export type Started = '' | 'today' | 'another-day' | 'not-yet';

interface Values extends OpportunityValues {
  notes: string;
  /** Where it came from; '' while not said. */
  source: string;
  /** '' until the user says: the form asks, it never guesses. */
  started: Started;
  appliedOn: string;
}

/** The date the application (or first message) is logged on, or null for "not yet". */
export function appliedOnOf(
  v: Pick<Values, 'started' | 'appliedOn'>,
  today: string,
): string | null {
  if (v.started === 'today') return today;
  if (v.started === 'another-day') return v.appliedOn;
  return null;
}

export default function NewOpportunityPage() {
  const today = useServerToday();
  const navigate = useNavigate();
  const add = useAddOpportunity();
  const [kind, setKind] = useState<Kind>('job');
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      ...opportunityValues(null),
      notes: '',
      source: '',
      started: '',
      appliedOn: '',
    },
    validate: {
      started: (value) =>
        value
          ? null
          : kind === 'job'
            ? 'Did you apply? Choose today, another day or not yet.'
            : 'Did you reach out? Choose today, another day or not yet.',
      appliedOn: (value, values) =>
        values.started !== 'another-day'
          ? null
          : !/^\d{4}-\d{2}-\d{2}$/.test(value)
            ? 'Give the day.'
            : today && value > today
              ? 'Give today or an earlier day; for a day to come, choose "not yet".'
              : null,
    },
  });
  const v = form.values;
  const job = kind === 'job';
  const nameMissing = !job && !v.contact.name.trim();
  const submit = (values: Values) => {
    if (nameMissing || !today) return;
    const appliedOn = appliedOnOf(values, today);
    setProblem(null);
    add.mutate(
      {
        ...newOpportunity(values, kind),
        ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
        ...(values.source ? { source: values.source } : {}),
        ...(appliedOn ? { appliedOn } : {}),
      },
      {
        onSuccess: async (o) => {
          notify({
            title: 'Added',
            message: o.next[0]
              ? `${o.next[0].label} is planned.`
              : job
                ? 'It waits on Today: apply, then log it there.'
                : 'It waits on Today: reach out, then log it there.',
          });
          await navigate(`/opportunities/${o.id}`);
        },
        onError: (error) => setProblem(problemOnField(form, error)),
      },
    );
  };
  return (
    <Stack gap="lg">
      <header>
        <Title order={1}>New opportunity</Title>
        <Text c="dimmed">
          A job you applied to, or a person you want to meet. Follow-ups go to one person, so add
          them if you can.{' '}
          <Anchor underline="always" component={Link} to="/capture">
            Save a posting by its address
          </Anchor>
        </Text>
      </header>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="lg">
          <SegmentedControl
            value={kind}
            onChange={(next) => {
              setKind(next === 'networking' ? 'networking' : 'job');
            }}
            data={[
              { value: 'job', label: 'A job' },
              { value: 'networking', label: 'A person to meet' },
            ]}
            aria-label="Kind of opportunity"
            fullWidth
            size="md"
          />
          <Paper withBorder radius="lg" p="lg">
            <Title order={2} size="h4" mb="sm">
              {job ? 'The job' : 'The person'}
            </Title>
            <WhatFields form={form} kind={kind} autoFocus />
          </Paper>
          <Paper withBorder radius="lg" p="lg">
            <Title order={2} size="h4" mb={4}>
              {job ? 'Whom to follow up with' : 'How to reach them'}
            </Title>
            {job ? (
              <Text size="sm" c="dimmed" mb="sm">
                The hiring manager if you can find them, otherwise HR or the recruiter.
              </Text>
            ) : null}
            <ContactFields form={form} kind={kind} />
            <NativeSelect
              mt="sm"
              label="Where did it come from?"
              description="The Progress page shows which sources lead to interviews."
              data={SOURCE_CHOICES}
              {...form.getInputProps('source')}
            />
            <Textarea
              mt="sm"
              label="Notes"
              placeholder="Who referred you, what you talked about…"
              {...form.getInputProps('notes')}
              autosize
              minRows={2}
            />
          </Paper>
          <Paper withBorder radius="lg" p="lg">
            <Radio.Group
              label={job ? 'Have you applied?' : 'Have you reached out?'}
              description="Follow-ups are counted from that day. Not yet? Today reminds you to do it."
              {...form.getInputProps('started')}
            >
              <Group mt="xs" gap="lg">
                <Radio value="today" label={job ? 'Yes, today' : 'Yes, today'} />
                <Radio value="another-day" label="Yes, on another day" />
                <Radio value="not-yet" label="Not yet" />
              </Group>
            </Radio.Group>
            {v.started === 'another-day' ? (
              <TextInput
                mt="sm"
                type="date"
                label={job ? 'Applied on' : 'Reached out on'}
                max={today}
                {...form.getInputProps('appliedOn')}
                maw={220}
              />
            ) : null}
          </Paper>
          {problem ? (
            <Alert color="red" title="Not added">
              {problem}
            </Alert>
          ) : null}
          {nameMissing ? (
            <Text size="sm" c="dimmed">
              A networking opportunity needs the person's name.
            </Text>
          ) : null}
          <Group justify="space-between" wrap="wrap-reverse" gap="sm">
            <Anchor component={Link} to="/" size="sm">
              Cancel
            </Anchor>
            <Button
              type="submit"
              size="md"
              leftSection={<IconBolt size={18} />}
              loading={add.isPending}
              disabled={nameMissing || !today}
            >
              {v.started === 'not-yet'
                ? job
                  ? 'Save: apply later'
                  : 'Save: reach out later'
                : v.started === 'today'
                  ? job
                    ? 'Save: applied today'
                    : 'Save: reached out today'
                  : 'Save'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
