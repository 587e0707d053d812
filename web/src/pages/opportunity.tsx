// One opportunity: where it stands, its next steps with their scripts, its
// timeline (add, edit, delete), its contact and notes.
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Popover,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import {
  IconArrowBackUp,
  IconCalendarPlus,
  IconCircleCheck,
  IconExternalLink,
  IconMail,
  IconPencil,
  IconPhone,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  ApiError,
  api,
  type EventView,
  errorText,
  type OpportunityPatch,
  type OpportunityView,
  type StepView,
} from '../api.js';
import { mailtoHref, telHref } from '../components/call-card.js';
import { CloseDialog, ScheduleDialog } from '../components/dialogs.js';
import { nextInWords } from '../components/done-card.js';
import { EventForm, eventInput } from '../components/event-form.js';
import { type Outcome, OutcomeButtons } from '../components/outcomes.js';
import { MethodDots, ScriptBox, WindowChip } from '../components/step-parts.js';
import { TimelineAxis } from '../components/timeline.js';
import { useToast } from '../components/toast.js';
import { fullDay, relativeDay, timeOf } from '../dates.js';
import { keys, refreshAll, useDeleteEvent, useLogEvent } from '../queries.js';
import {
  eventLabel,
  opportunityName,
  ROLE_LABELS,
  roleLabel,
  STATUS_COLORS,
  STATUS_LABELS,
} from '../words.js';

function StaleAlert(props: { onReload: () => void }) {
  return (
    <Alert color="orange" title="This was changed elsewhere; reload" role="alert" className="stale">
      <Text size="sm">
        Someone (perhaps you, in another tab) changed this opportunity after you opened it. Your
        change was not saved.
      </Text>
      <Button mt="sm" size="xs" variant="light" color="orange" onClick={props.onReload}>
        Reload
      </Button>
    </Alert>
  );
}

function NextStep(props: {
  o: OpportunityView;
  step: StepView;
  onLog: (outcome: Outcome, extra?: { until: string }) => void;
  busy: boolean;
}) {
  const { o, step } = props;
  const isNote = step.action === 'thank-you-note';
  const contact = o.contact;
  return (
    <Paper withBorder radius="lg" p="md" className="next-step-card" data-action={step.action}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="sm">
            <Text fw={700} size="sm" tt="uppercase" className="step-label">
              {step.label}
            </Text>
            {step.action === 'follow-up' ? (
              <MethodDots made={o.followUps} max={o.maxFollowUps} current={step.followUpNumber} />
            ) : null}
          </Group>
          <WindowChip dueOn={step.dueOn} dueBy={step.dueBy} today={o.asOf} />
        </Group>
        {!isNote && contact && (contact.phone || contact.email) ? (
          <Group gap="xs" className="contact-buttons">
            {contact.phone ? (
              <Button
                component="a"
                href={telHref(contact.phone)}
                leftSection={<IconPhone size={18} />}
              >
                Call {contact.phone}
              </Button>
            ) : null}
            {contact.email ? (
              <Button
                component="a"
                variant="light"
                href={mailtoHref(contact.email, step.email.subject, step.email.body)}
                leftSection={<IconMail size={18} />}
              >
                E-mail
              </Button>
            ) : null}
          </Group>
        ) : null}
        <ScriptBox
          script={step.script}
          voicemail={step.voicemail}
          withVoicemail={!isNote}
          label="The note to write"
        />
        <OutcomeButtons
          action={step.action}
          today={o.asOf}
          busy={props.busy}
          onLog={props.onLog}
          context={`for ${step.label}`}
        />
      </Stack>
    </Paper>
  );
}

function EventItem(props: { event: EventView; o: OpportunityView; onStale: () => void }) {
  const { event, o } = props;
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const client = useQueryClient();
  const toast = useToast();
  // The version the edit is based on: what the user saw when they began.
  const [version, setVersion] = useState(o.version);
  const edit = useMutation({
    mutationFn: (input: Parameters<typeof api.editEvent>[1]) =>
      api.editEvent(event.id, input, version),
    onSuccess: async (logged) => {
      client.setQueryData(keys.opportunity(o.id), logged.opportunity);
      setEditing(false);
      toast({ message: 'Event corrected; the plan follows.' });
      await refreshAll(client);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.stale) props.onStale();
      else toast({ tone: 'error', title: 'Not saved', message: errorText(error) });
    },
  });
  const remove = useMutation({
    mutationFn: () => api.deleteEvent(event.id),
    onSuccess: async (logged) => {
      client.setQueryData(keys.opportunity(o.id), logged.opportunity);
      toast({ message: `${eventLabel(event.type)} deleted.` });
      await refreshAll(client);
    },
    onError: (error) => toast({ tone: 'error', title: 'Not deleted', message: errorText(error) }),
  });
  return (
    <div className="event-item" data-event={event.id} data-type={event.type}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={600}>{eventLabel(event.type)}</Text>
          <Text size="sm" c="dimmed">
            {fullDay(event.date)}
            {event.at ? `, ${timeOf(event.at)}` : ''} · {relativeDay(event.date, o.asOf)}
            {event.until ? ` · call back on or after ${fullDay(event.until)}` : ''}
          </Text>
          {event.note ? (
            <Text size="sm" mt={2} className="event-note">
              {event.note}
            </Text>
          ) : null}
          {(event.type === 'interview' || event.type === 'meeting') && event.date >= o.asOf ? (
            <Anchor
              href={api.interviewFile(event.id)}
              download
              size="sm"
              className="add-to-calendar"
              aria-label={`Add to calendar: the ${event.type} of ${fullDay(event.date)} (.ics file)`}
            >
              <IconCalendarPlus size={14} aria-hidden style={{ verticalAlign: '-2px' }} /> Add to
              calendar
            </Anchor>
          ) : null}
        </div>
        <Group gap={2} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Edit ${eventLabel(event.type)} of ${fullDay(event.date)}`}
            onClick={() => {
              setVersion(o.version);
              setEditing((e) => !e);
            }}
          >
            <IconPencil size={16} />
          </ActionIcon>
          <Popover opened={confirm} onChange={setConfirm} position="bottom-end" withArrow trapFocus>
            <Popover.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Delete ${eventLabel(event.type)} of ${fullDay(event.date)}`}
                onClick={() => setConfirm((c) => !c)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              <Text size="sm" mb="xs">
                Delete this event? The plan is recomputed without it.
              </Text>
              <Group justify="flex-end" gap="xs">
                <Button size="xs" variant="default" onClick={() => setConfirm(false)}>
                  Keep
                </Button>
                <Button
                  size="xs"
                  color="red"
                  loading={remove.isPending}
                  onClick={() => {
                    setConfirm(false);
                    remove.mutate();
                  }}
                >
                  Delete
                </Button>
              </Group>
            </Popover.Dropdown>
          </Popover>
        </Group>
      </Group>
      {editing ? (
        <Paper withBorder p="sm" mt="xs" radius="md">
          <EventForm
            today={o.asOf}
            event={event}
            busy={edit.isPending}
            submitLabel="Save"
            idPrefix={`edit-${event.id}`}
            onCancel={() => setEditing(false)}
            onSubmit={(values) => edit.mutate(eventInput(values, true))}
          />
        </Paper>
      ) : null}
    </div>
  );
}

interface DetailsValues {
  company: string;
  title: string;
  postingUrl: string;
  name: string;
  role: string;
  phone: string;
  email: string;
}

function detailsOf(o: OpportunityView): DetailsValues {
  return {
    company: o.company ?? '',
    title: o.title ?? '',
    postingUrl: o.postingUrl ?? '',
    name: o.contact?.name ?? '',
    role: o.contact?.role ?? '',
    phone: o.contact?.phone ?? '',
    email: o.contact?.email ?? '',
  };
}

function DetailsForm(props: { o: OpportunityView; onDone: () => void; onStale: () => void }) {
  const [v, setV] = useState(() => detailsOf(props.o));
  const [version] = useState(props.o.version);
  const set = (patch: Partial<DetailsValues>) => setV((old) => ({ ...old, ...patch }));
  const client = useQueryClient();
  const toast = useToast();
  const save = useMutation({
    mutationFn: (patch: OpportunityPatch) => api.editOpportunity(props.o.id, version, patch),
    onSuccess: async (o) => {
      client.setQueryData(keys.opportunity(o.id), o);
      toast({ message: 'Saved.' });
      props.onDone();
      await refreshAll(client);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.stale) props.onStale();
    },
  });
  const error =
    save.error && !(save.error instanceof ApiError && save.error.stale) ? save.error : null;
  const fieldError = (field: string) =>
    error instanceof ApiError && error.field?.includes(field) ? errorText(error) : undefined;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          company: v.company.trim() || null,
          title: v.title.trim() || null,
          postingUrl: v.postingUrl.trim() || null,
          contact: {
            name: v.name.trim() || null,
            role: v.role || null,
            phone: v.phone.trim() || null,
            email: v.email.trim() || null,
          },
        });
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Company"
            value={v.company}
            onChange={(e) => set({ company: e.currentTarget.value })}
            error={fieldError('company')}
          />
          <TextInput
            label={props.o.kind === 'job' ? 'Job title' : 'Topic'}
            value={v.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={fieldError('title')}
          />
          <TextInput
            label="Posting link"
            type="url"
            value={v.postingUrl}
            onChange={(e) => set({ postingUrl: e.currentTarget.value })}
            error={fieldError('posting')}
          />
          <TextInput
            label="Contact name"
            value={v.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={fieldError('contact')}
          />
          <NativeSelect
            label="Contact role"
            value={v.role}
            onChange={(e) => set({ role: e.currentTarget.value })}
            data={[
              { value: '', label: '—' },
              ...Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label })),
            ]}
          />
          <TextInput
            label="Contact phone"
            type="tel"
            value={v.phone}
            onChange={(e) => set({ phone: e.currentTarget.value })}
            error={fieldError('phone')}
          />
          <TextInput
            label="Contact e-mail"
            type="email"
            value={v.email}
            onChange={(e) => set({ email: e.currentTarget.value })}
            error={fieldError('email')}
          />
        </SimpleGrid>
        {error && !fieldError(error instanceof ApiError ? (error.field ?? '~') : '~') ? (
          <Alert color="red" title="Not saved">
            {errorText(error)}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NotesCard(props: { o: OpportunityView; onStale: () => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(props.o.notes ?? '');
  const [version, setVersion] = useState(props.o.version);
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: () => api.editOpportunity(props.o.id, version, { notes: text.trim() || null }),
    onSuccess: (o) => {
      client.setQueryData(keys.opportunity(o.id), o);
      setEditing(false);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.stale) props.onStale();
    },
  });
  return (
    <Paper withBorder radius="lg" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">
          Notes
        </Title>
        {editing ? null : (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setText(props.o.notes ?? '');
              setVersion(props.o.version);
              setEditing(true);
            }}
          >
            {props.o.notes ? 'Edit' : 'Add a note'}
          </Button>
        )}
      </Group>
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Textarea
            aria-label="Notes"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={3}
            autoFocus
          />
          {save.error && !(save.error instanceof ApiError && save.error.stale) ? (
            <Text c="red" size="sm" mt={4}>
              {errorText(save.error)}
            </Text>
          ) : null}
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Button size="xs" type="submit" loading={save.isPending}>
              Save notes
            </Button>
          </Group>
        </form>
      ) : (
        <Text size="sm" c={props.o.notes ? 'inherit' : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
          {props.o.notes ??
            'Anything worth remembering: what they said, who referred you, what to ask next time.'}
        </Text>
      )}
    </Paper>
  );
}

function ContactCard(props: { o: OpportunityView }) {
  const c = props.o.contact;
  return (
    <Paper withBorder radius="lg" p="md">
      <Title order={2} size="h5" mb="xs">
        Contact
      </Title>
      {c ? (
        <Stack gap={4}>
          <Text fw={600}>{c.name}</Text>
          {roleLabel(c.role) ? (
            <Text size="sm" c="dimmed">
              {roleLabel(c.role)}
            </Text>
          ) : null}
          {c.phone ? (
            <Anchor href={telHref(c.phone)} size="sm">
              {c.phone}
            </Anchor>
          ) : null}
          {c.email ? (
            <Anchor href={`mailto:${c.email}`} size="sm">
              {c.email}
            </Anchor>
          ) : null}
          {!c.phone && !c.email ? (
            <Text size="sm" c="dimmed">
              No phone or e-mail yet: add them with "Edit details".
            </Text>
          ) : null}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No contact yet. Follow-ups go to one person: the hiring manager or HR. Add them with "Edit
          details".
        </Text>
      )}
    </Paper>
  );
}

function Section(props: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        {props.action}
      </Group>
      {props.children}
    </section>
  );
}

export default function OpportunityPage() {
  const { id = '' } = useParams();
  const client = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const query = useQuery({ queryKey: keys.opportunity(id), queryFn: () => api.opportunity(id) });
  const log = useLogEvent();
  const undo = useDeleteEvent();
  const [stale, setStale] = useState(false);
  const [editing, setEditing] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [closing, setClosing] = useState(false);
  const [logging, setLogging] = useState(false);
  const [lastLogged, setLastLogged] = useState<{
    text: string;
    warnings: readonly string[];
    eventId: string;
  } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.deleteOpportunity(id),
    onSuccess: async () => {
      toast({ message: 'Opportunity deleted.' });
      await refreshAll(client);
      await navigate('/pipeline');
    },
  });

  if (query.isPending) return <Loader aria-label="Loading the opportunity" m="xl" />;
  if (query.isError) {
    return (
      <Alert
        color={query.error instanceof ApiError && query.error.status === 404 ? 'gray' : 'red'}
        title="This opportunity could not be shown"
      >
        {errorText(query.error)}{' '}
        <Anchor component={Link} to="/pipeline">
          Back to the pipeline
        </Anchor>
      </Alert>
    );
  }
  const o = query.data;
  const name = opportunityName({
    company: o.company,
    title: o.title,
    contact: o.contact?.name ?? null,
  });
  const heading =
    o.kind === 'job'
      ? [o.title, o.company].filter(Boolean).join(' at ') || name
      : (o.contact?.name ?? name);
  const reload = async () => {
    setStale(false);
    setEditing(false);
    await query.refetch();
  };
  const logged = (type: string, what: string) => ({
    onSuccess: (result: Awaited<ReturnType<typeof api.logEvent>>) => {
      setLastLogged({
        text: `${what}. ${nextInWords(result.opportunity, result.opportunity.asOf)}`,
        warnings: result.warnings,
        eventId: result.event.id,
      });
      toast({
        title: eventLabel(type),
        message: nextInWords(result.opportunity, result.opportunity.asOf),
      });
    },
    onError: (error: Error) =>
      toast({ tone: 'error', title: 'Not logged', message: errorText(error) }),
  });
  const onOutcome = (outcome: Outcome, extra?: { until: string }) =>
    log.mutate(
      {
        opportunityId: o.id,
        type: outcome.type,
        ...(outcome.note ? { note: outcome.note } : {}),
        ...(extra ? { until: extra.until } : {}),
      },
      logged(outcome.type, outcome.label),
    );
  const decided = o.status === 'closed';
  return (
    <Stack gap="xl">
      <header>
        <Group gap="xs" mb={4}>
          <Badge variant="light" color={STATUS_COLORS[o.status]} tt="none" className="status-badge">
            {STATUS_LABELS[o.status]}
          </Badge>
          <Badge variant="outline" color="gray" tt="none">
            {o.kind === 'job' ? 'Job' : 'Networking'}
          </Badge>
          {o.status === 'active' ? <MethodDots made={o.followUps} max={o.maxFollowUps} /> : null}
        </Group>
        <Title order={1}>{heading}</Title>
        <Text c="dimmed">
          {[o.kind === 'job' ? o.contact?.name : o.company, roleLabel(o.contact?.role)]
            .filter(Boolean)
            .join(' · ')}
          {o.postingUrl ? (
            <>
              {' '}
              <Anchor href={o.postingUrl} target="_blank" rel="noreferrer noopener" size="sm">
                The posting <IconExternalLink size={12} aria-hidden />
              </Anchor>
            </>
          ) : null}
        </Text>
        <Group gap="xs" mt="md" className="header-actions">
          {decided ? null : (
            <Button
              leftSection={<IconCalendarPlus size={18} />}
              onClick={() => setScheduling(true)}
            >
              {o.kind === 'networking' ? 'Schedule a meeting' : 'Schedule an interview'}
            </Button>
          )}
          {decided ? null : (
            <Button
              variant="default"
              leftSection={<IconCircleCheck size={18} />}
              onClick={() => setClosing(true)}
            >
              Close with a decision
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconPencil size={18} />}
            onClick={() => setEditing((e) => !e)}
            aria-expanded={editing}
          >
            Edit details
          </Button>
        </Group>
      </header>

      {stale ? <StaleAlert onReload={reload} /> : null}
      {editing && !stale ? (
        <Paper withBorder radius="lg" p="md">
          <Title order={2} size="h4" mb="sm">
            Details
          </Title>
          <DetailsForm o={o} onDone={() => setEditing(false)} onStale={() => setStale(true)} />
        </Paper>
      ) : null}

      {lastLogged ? (
        <Alert
          color="teal"
          title="Logged"
          withCloseButton
          onClose={() => setLastLogged(null)}
          closeButtonLabel="Dismiss"
          className="last-logged"
        >
          <Text size="sm">{lastLogged.text}</Text>
          {lastLogged.warnings.map((w) => (
            <Text key={w} size="sm" mt={4} c="orange.9" className="warning">
              {w.charAt(0).toUpperCase() + w.slice(1)}
            </Text>
          ))}
          <Button
            mt="xs"
            size="xs"
            variant="subtle"
            color="gray"
            leftSection={<IconArrowBackUp size={14} />}
            loading={undo.isPending}
            onClick={() =>
              undo.mutate(lastLogged.eventId, {
                onSuccess: () => {
                  setLastLogged(null);
                  toast({ message: 'Undone.' });
                },
                onError: (error) =>
                  toast({ tone: 'error', title: 'Not undone', message: errorText(error) }),
              })
            }
          >
            Undo
          </Button>
        </Alert>
      ) : null}

      <TimelineAxis events={o.events} next={o.next} today={o.asOf} />

      <Section title="Next steps">
        {o.next.length ? (
          <Stack gap="md">
            {o.next.map((s) => (
              <NextStep
                key={`${s.action}-${s.followUpNumber ?? ''}-${s.dueOn}`}
                o={o}
                step={s}
                onLog={onOutcome}
                busy={log.isPending}
              />
            ))}
          </Stack>
        ) : (
          <Paper withBorder radius="lg" p="md">
            <Text>
              {o.events.length === 0
                ? 'Nothing yet: log what you did first, for example "Applied".'
                : nextInWords(o, o.asOf)}
            </Text>
            {o.events.length === 0 ? (
              <Button
                mt="sm"
                onClick={() =>
                  log.mutate(
                    { opportunityId: o.id, type: o.kind === 'job' ? 'applied' : 'reached-out' },
                    logged(
                      o.kind === 'job' ? 'applied' : 'reached-out',
                      o.kind === 'job' ? 'Applied today' : 'Reached out today',
                    ),
                  )
                }
              >
                {o.kind === 'job' ? 'I applied today' : 'I reached out today'}
              </Button>
            ) : null}
          </Paper>
        )}
      </Section>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ContactCard o={o} />
        <NotesCard key={o.version} o={o} onStale={() => setStale(true)} />
      </SimpleGrid>

      <Section
        title="What happened"
        action={
          <Button
            variant="light"
            size="sm"
            onClick={() => setLogging((l) => !l)}
            aria-expanded={logging}
          >
            {logging ? 'Close' : 'Log an event'}
          </Button>
        }
      >
        {logging ? (
          <Paper withBorder radius="lg" p="md" mb="md">
            <EventForm
              today={o.asOf}
              busy={log.isPending}
              submitLabel="Log it"
              idPrefix="log"
              onSubmit={(values) => {
                const input = eventInput(values, false);
                log.mutate(
                  { opportunityId: o.id, ...input },
                  {
                    ...logged(values.type, eventLabel(values.type)),
                    onSuccess: (result) => {
                      logged(values.type, eventLabel(values.type)).onSuccess(result);
                      setLogging(false);
                    },
                  },
                );
              }}
            />
          </Paper>
        ) : null}
        {o.events.length ? (
          <Paper withBorder radius="lg" p="md">
            <Timeline active={o.events.length} bulletSize={14} lineWidth={2} className="events">
              {[...o.events].reverse().map((e) => (
                <Timeline.Item key={e.id}>
                  <EventItem event={e} o={o} onStale={() => setStale(true)} />
                </Timeline.Item>
              ))}
            </Timeline>
          </Paper>
        ) : (
          <Text c="dimmed">No events yet.</Text>
        )}
      </Section>

      <Group justify="flex-end">
        <Popover opened={confirmDelete} onChange={setConfirmDelete} withArrow trapFocus>
          <Popover.Target>
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => setConfirmDelete((c) => !c)}
            >
              Delete this opportunity
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Text size="sm" mb="xs">
              Delete {name} and its whole timeline? This cannot be undone.
            </Text>
            <Group justify="flex-end" gap="xs">
              <Button size="xs" variant="default" onClick={() => setConfirmDelete(false)}>
                Keep it
              </Button>
              <Button
                size="xs"
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate()}
              >
                Delete
              </Button>
            </Group>
          </Popover.Dropdown>
        </Popover>
      </Group>

      {scheduling ? (
        <ScheduleDialog
          opened
          name={name}
          today={o.asOf}
          kind={o.kind}
          busy={log.isPending}
          error={log.error ? errorText(log.error) : null}
          onClose={() => setScheduling(false)}
          onConfirm={({ type, at, note }) =>
            log.mutate(
              { opportunityId: o.id, type, at, ...(note.trim() ? { note: note.trim() } : {}) },
              {
                onSuccess: (result) => {
                  setScheduling(false);
                  setLastLogged({
                    text: `${type === 'meeting' ? 'Meeting' : 'Interview'} scheduled for ${fullDay(result.event.date)}${result.event.at ? ` at ${timeOf(result.event.at)}` : ''}. ${nextInWords(result.opportunity, result.opportunity.asOf)}`,
                    warnings: result.warnings,
                    eventId: result.event.id,
                  });
                },
              },
            )
          }
        />
      ) : null}
      {closing ? (
        <CloseDialog
          opened
          name={name}
          busy={log.isPending}
          onClose={() => setClosing(false)}
          onConfirm={(decision, note) =>
            log.mutate(
              {
                opportunityId: o.id,
                type: decision,
                ...(note.trim() ? { note: note.trim() } : {}),
              },
              {
                onSuccess: (result) => {
                  setClosing(false);
                  setLastLogged({
                    text: nextInWords(result.opportunity, result.opportunity.asOf),
                    warnings: result.warnings,
                    eventId: result.event.id,
                  });
                },
                onError: (error) =>
                  toast({ tone: 'error', title: 'Not closed', message: errorText(error) }),
              },
            )
          }
        />
      ) : null}
    </Stack>
  );
}
