// A new opportunity: a job (company, title, posting, contact) or a person to meet.
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, api, errorText, type NewOpportunity } from '../api.js';
import { useToast } from '../components/toast.js';
import { keys, refreshAll, useServerToday } from '../queries.js';
import { ROLE_LABELS } from '../words.js';

interface Values {
  kind: 'job' | 'networking';
  company: string;
  title: string;
  postingUrl: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  notes: string;
  started: boolean;
  startedOn: string;
}

function body(v: Values, today: string | undefined, applyToday: boolean): NewOpportunity {
  const contact = {
    ...(v.name.trim() ? { name: v.name.trim() } : {}),
    ...(v.role ? { role: v.role } : {}),
    ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
    ...(v.email.trim() ? { email: v.email.trim() } : {}),
  };
  const appliedOn = applyToday ? today : v.started ? v.startedOn || today : undefined;
  return {
    kind: v.kind,
    ...(v.company.trim() ? { company: v.company.trim() } : {}),
    ...(v.title.trim() ? { title: v.title.trim() } : {}),
    ...(v.kind === 'job' && v.postingUrl.trim() ? { postingUrl: v.postingUrl.trim() } : {}),
    ...(v.notes.trim() ? { notes: v.notes.trim() } : {}),
    ...(Object.keys(contact).length ? { contact } : {}),
    ...(appliedOn ? { appliedOn } : {}),
  };
}

export default function NewOpportunityPage() {
  const today = useServerToday();
  const navigate = useNavigate();
  const client = useQueryClient();
  const toast = useToast();
  const [v, setV] = useState<Values>({
    kind: 'job',
    company: '',
    title: '',
    postingUrl: '',
    name: '',
    role: 'hiring-manager',
    phone: '',
    email: '',
    notes: '',
    started: false,
    startedOn: '',
  });
  const set = (patch: Partial<Values>) => setV((old) => ({ ...old, ...patch }));
  const add = useMutation({
    mutationFn: (input: NewOpportunity) => api.addOpportunity(input),
    onSuccess: async (o) => {
      client.setQueryData(keys.opportunity(o.id), o);
      toast({
        title: 'Added',
        message: o.next[0]
          ? `${o.next[0].label} is planned.`
          : 'Log what you did when you are ready.',
      });
      await refreshAll(client);
      await navigate(`/opportunities/${o.id}`);
    },
  });
  const error = add.error;
  const fieldError = (...fields: string[]) =>
    error instanceof ApiError && error.field && fields.some((f) => error.field?.includes(f))
      ? errorText(error)
      : undefined;
  const job = v.kind === 'job';
  const nameMissing = !job && !v.name.trim();
  const submit = (applyToday: boolean) => {
    if (nameMissing) return;
    add.mutate(body(v, today, applyToday));
  };
  return (
    <Stack gap="lg">
      <header>
        <Title order={1}>New opportunity</Title>
        <Text c="dimmed">
          A job you applied to, or a person you want to meet. Follow-ups go to one person, so add
          them if you can.
        </Text>
      </header>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit(false);
        }}
      >
        <Stack gap="lg">
          <SegmentedControl
            value={v.kind}
            onChange={(kind) =>
              set({
                kind: kind === 'networking' ? 'networking' : 'job',
                role: kind === 'networking' ? '' : 'hiring-manager',
              })
            }
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
            {job ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label="Company"
                  placeholder="Acme"
                  value={v.company}
                  onChange={(e) => set({ company: e.currentTarget.value })}
                  error={fieldError('company')}
                  data-autofocus
                  autoFocus
                />
                <TextInput
                  label="Job title"
                  placeholder="Data Analyst"
                  value={v.title}
                  onChange={(e) => set({ title: e.currentTarget.value })}
                  error={fieldError('title')}
                />
                <TextInput
                  label="Link to the posting"
                  placeholder="https://…"
                  type="url"
                  value={v.postingUrl}
                  onChange={(e) => set({ postingUrl: e.currentTarget.value })}
                  error={fieldError('posting', 'url')}
                  style={{ gridColumn: '1 / -1' }}
                />
              </SimpleGrid>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label="Name"
                  placeholder="Jane Doe"
                  required
                  value={v.name}
                  onChange={(e) => set({ name: e.currentTarget.value })}
                  error={fieldError('contact')}
                  autoFocus
                />
                <TextInput
                  label="Company"
                  placeholder="Where they work"
                  value={v.company}
                  onChange={(e) => set({ company: e.currentTarget.value })}
                  error={fieldError('company')}
                />
                <TextInput
                  label="Topic"
                  placeholder="Informational interview about data teams"
                  value={v.title}
                  onChange={(e) => set({ title: e.currentTarget.value })}
                  style={{ gridColumn: '1 / -1' }}
                />
              </SimpleGrid>
            )}
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
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {job ? (
                <TextInput
                  label="Contact name"
                  placeholder="Jane Doe"
                  value={v.name}
                  onChange={(e) => set({ name: e.currentTarget.value })}
                  error={fieldError('contact')}
                />
              ) : null}
              {job ? (
                <NativeSelect
                  label="Their role"
                  value={v.role}
                  onChange={(e) => set({ role: e.currentTarget.value })}
                  data={[
                    { value: '', label: '—' },
                    ...Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label })),
                  ]}
                />
              ) : null}
              <TextInput
                label="Phone"
                type="tel"
                placeholder="312 555 0199"
                value={v.phone}
                onChange={(e) => set({ phone: e.currentTarget.value })}
                error={fieldError('phone')}
              />
              <TextInput
                label="E-mail"
                type="email"
                placeholder="jane@acme.com"
                value={v.email}
                onChange={(e) => set({ email: e.currentTarget.value })}
                error={fieldError('email')}
              />
            </SimpleGrid>
            <Textarea
              mt="sm"
              label="Notes"
              placeholder="Who referred you, what you talked about…"
              value={v.notes}
              onChange={(e) => set({ notes: e.currentTarget.value })}
              autosize
              minRows={2}
            />
          </Paper>
          <Paper withBorder radius="lg" p="lg">
            <Checkbox
              label={
                job ? 'I already applied, on another day' : 'I already reached out, on another day'
              }
              checked={v.started}
              onChange={(e) => set({ started: e.currentTarget.checked })}
            />
            {v.started ? (
              <TextInput
                mt="sm"
                type="date"
                label={job ? 'Applied on' : 'Reached out on'}
                value={v.startedOn}
                max={today}
                onChange={(e) => set({ startedOn: e.currentTarget.value })}
                error={fieldError('applied')}
                maw={220}
              />
            ) : null}
          </Paper>
          {error && !fieldError(error instanceof ApiError ? (error.field ?? '~') : '~') ? (
            <Alert color="red" title="Not added">
              {errorText(error)}
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
            <Group gap="sm">
              <Button
                type="submit"
                variant="default"
                size="md"
                loading={add.isPending && !add.variables?.appliedOn}
                disabled={nameMissing}
              >
                {v.started ? 'Save' : 'Save without a date'}
              </Button>
              {v.started ? null : (
                <Button
                  size="md"
                  leftSection={<IconBolt size={18} />}
                  onClick={() => submit(true)}
                  loading={add.isPending && !!add.variables?.appliedOn}
                  disabled={nameMissing || !today}
                >
                  {job ? 'Save: applied today' : 'Save: reached out today'}
                </Button>
              )}
            </Group>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
