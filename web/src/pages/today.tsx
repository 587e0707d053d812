// Today: whom to contact now. Overdue first, then today, then the coming two weeks.
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconCalendarEvent, IconMoodSmile, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, errorText, type InterviewItem, type TodayItem } from '../api.js';
import { CallCard, personOf, stepKey } from '../components/call-card.js';
import { type Done, DoneCard } from '../components/done-card.js';
import { MethodSummary } from '../components/method-summary.js';
import { type Outcome, outcomesFor } from '../components/outcomes.js';
import { QuickAdd } from '../components/quick-add.js';
import { useToast } from '../components/toast.js';
import { longDay, relativeDay, shortDay, timeOf } from '../dates.js';
import { useDeleteEvent, useLogEvent, useToday } from '../queries.js';
import { companyAndTitle, eventLabel } from '../words.js';

type ListGroup = 'overdue' | 'today' | 'upcoming';

function Interviews(props: { items: readonly InterviewItem[]; today: string }) {
  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      className="interviews"
      component="section"
      aria-labelledby="interviews-title"
    >
      <Group gap="xs" mb="sm">
        <ThemeIcon variant="light" color="violet" radius="xl" aria-hidden>
          <IconCalendarEvent size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id="interviews-title">
          Coming interviews
        </Title>
      </Group>
      <Stack gap="xs">
        {props.items.map((i) => (
          <Group
            key={`${i.opportunityId}-${i.date}-${i.at ?? ''}`}
            gap="md"
            wrap="nowrap"
            className="interview-row"
          >
            <div className="interview-when">
              <Text fw={700}>{shortDay(i.date)}</Text>
              <Text size="sm" c="dimmed">
                {i.at ? timeOf(i.at) : 'time not set'} · {relativeDay(i.date, props.today)}
              </Text>
            </div>
            <div>
              <Anchor
                component={Link}
                to={`/opportunities/${i.opportunityId}`}
                fw={600}
                c="inherit"
                underline="hover"
              >
                {i.type === 'meeting' ? 'Meeting' : 'Interview'} with {personOf(i)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {companyAndTitle(i.company, i.title)}
              </Text>
            </div>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function Summary(props: { due: readonly TodayItem[] }) {
  const overdue = props.due.filter((i) => i.overdue).length;
  const people = new Set(props.due.map((i) => i.opportunityId)).size;
  if (props.due.length === 0) return <Text c="dimmed">Nothing is due today. Well done.</Text>;
  return (
    <Text c="dimmed">
      {people === 1 ? '1 person to contact' : `${people} people to contact`}
      {overdue ? ` · ${overdue} from earlier days` : ''}. One call at a time.
    </Text>
  );
}

function NewUser(props: { today: string }) {
  return (
    <Stack gap="lg" className="empty-today">
      <Paper radius="lg" p="lg" className="welcome">
        <Title order={2} size="h3">
          Welcome. Let's start with one application.
        </Title>
        <Text mt="xs">
          Add a job you applied to. Three business days later it shows up here with the person to
          call and the words to say.
        </Text>
        <Group mt="md" gap="sm">
          <Button component={Link} to="/opportunities/new" leftSection={<IconPlus size={18} />}>
            Add an opportunity
          </Button>
          <Button component={Link} to="/settings" variant="default">
            Set your name and phone for the scripts
          </Button>
        </Group>
      </Paper>
      <QuickAdd today={props.today} />
      <MethodSummary />
    </Stack>
  );
}

export default function TodayPage() {
  const today = useToday();
  const log = useLogEvent();
  const undo = useDeleteEvent();
  const toast = useToast();
  const [selected, setSelected] = useState(0);
  const [done, setDone] = useState<readonly (Done & { after: string; section: string })[]>([]);
  const cards = useRef(new Map<string, HTMLElement>());
  // After an outcome by key, the focus moves on to the card that takes its place.
  const refocus = useRef(false);
  const data = today.data;
  const empty = !!data && data.items.length + data.upcoming.length + data.interviews.length === 0;
  const all = useQuery({
    queryKey: ['opportunities', '', ''],
    queryFn: () => api.opportunities(),
    enabled: empty,
  });

  const list = useMemo(() => (data ? [...data.items, ...data.upcoming] : []), [data]);
  const groupOf = useCallback(
    (item: TodayItem): ListGroup =>
      item.overdue ? 'overdue' : data?.items.includes(item) ? 'today' : 'upcoming',
    [data],
  );

  const logOutcome = useCallback(
    (item: TodayItem, outcome: Outcome, extra?: { until: string }) => {
      // The done card takes the place of the card: after the one before it in its section.
      const group = groupOf(item);
      const same = list.filter((i) => groupOf(i) === group);
      const index = same.indexOf(item);
      const after = index > 0 ? stepKey(same[index - 1] as TodayItem) : `@${group}`;
      log.mutate(
        {
          opportunityId: item.opportunityId,
          type: outcome.type,
          ...(outcome.note ? { note: outcome.note } : {}),
          ...(extra ? { until: extra.until } : {}),
        },
        {
          onSuccess: (logged) => {
            const what = extra
              ? `asked to call back on ${shortDay(extra.until)}`
              : outcome.label.toLowerCase();
            setDone((d) => [
              ...d.filter((x) => x.key !== stepKey(item)),
              {
                key: stepKey(item),
                person: personOf(item),
                what,
                logged,
                after,
                section: `@${group}`,
              },
            ]);
            toast({
              title: `Logged for ${personOf(item)}`,
              message: `${eventLabel(logged.event.type)}.`,
            });
            const active = document.activeElement;
            const card = cards.current.get(stepKey(item));
            refocus.current = !active || active === document.body || !!card?.contains(active);
          },
          onError: (error) =>
            toast({ tone: 'error', title: 'Not logged', message: errorText(error) }),
        },
      );
    },
    [list, log, toast, groupOf],
  );

  const select = useCallback(
    (index: number) => {
      const bounded = Math.max(0, Math.min(list.length - 1, index));
      setSelected(bounded);
      const item = list[bounded];
      if (item) {
        const el = cards.current.get(stepKey(item));
        el?.focus();
        el?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      }
    },
    [list],
  );
  useEffect(() => {
    if (!refocus.current || done.length === 0) return;
    refocus.current = false;
    const item = list[Math.min(selected, list.length - 1)];
    if (item) cards.current.get(stepKey(item))?.focus();
  }, [done, list, selected]);
  const byHotkey = (key: 'v' | 't' | 'n') => {
    const item = list[selected];
    if (!item || log.isPending) return;
    const outcome = outcomesFor(item.action).find((o) => o.hotkey === key);
    if (outcome) logOutcome(item, outcome);
  };
  // The first j or k only shows where the selection is; then they move it.
  const focused = () =>
    list.findIndex((i) => cards.current.get(stepKey(i)) === document.activeElement);
  const move = (by: number) => {
    const at = focused();
    select(at < 0 ? selected : at + by);
  };
  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
    ['v', () => byHotkey('v')],
    ['t', () => byHotkey('t')],
    ['n', () => byHotkey('n')],
  ]);

  if (today.isPending) return <Loader aria-label="Loading today's list" m="xl" />;
  if (today.isError) {
    return (
      <Alert color="red" title="Today's list could not be loaded">
        {errorText(today.error)}
      </Alert>
    );
  }
  const view = today.data;
  const date = view.date;
  const newUser = empty && all.data?.items.length === 0;
  const siblingsOf = (item: TodayItem) =>
    list.filter((s) => s.opportunityId === item.opportunityId && s !== item);
  const shownKeys = new Set(list.map(stepKey));
  // A logged card stays where it was, turned into what it produced; when the
  // card before it is gone too, it goes to the top of its section.
  const doneAfter = (key: string) =>
    done.filter((d) =>
      key.startsWith('@')
        ? d.after === key ||
          (!d.after.startsWith('@') && !shownKeys.has(d.after) && d.section === key)
        : d.after === key,
    );

  const renderDone = (key: string) =>
    doneAfter(key).map((d) => (
      <DoneCard
        key={`done-${d.key}`}
        done={d}
        today={date}
        busy={undo.isPending}
        onUndo={() =>
          undo.mutate(d.logged.event.id, {
            onSuccess: () => {
              setDone((all) => all.filter((x) => x.key !== d.key));
              toast({ title: 'Undone', message: `${eventLabel(d.logged.event.type)} removed.` });
            },
            onError: (error) =>
              toast({ tone: 'error', title: 'Not undone', message: errorText(error) }),
          })
        }
      />
    ));

  const card = (item: TodayItem, compact: boolean) => {
    const key = stepKey(item);
    const index = list.indexOf(item);
    return (
      <Fragment key={key}>
        <CallCard
          ref={(el: HTMLElement | null) => {
            if (el) cards.current.set(key, el);
            else cards.current.delete(key);
          }}
          item={item}
          today={date}
          maxFollowUps={view.maxFollowUps}
          siblings={siblingsOf(item)}
          selected={index === selected}
          busy={log.isPending}
          compact={compact}
          onSelect={() => setSelected(index)}
          onLog={(outcome, extra) => logOutcome(item, outcome, extra)}
        />
        {renderDone(key)}
      </Fragment>
    );
  };

  const section = (
    group: ListGroup,
    title: string,
    items: readonly TodayItem[],
    compact: boolean,
  ) => {
    const anchored = renderDone(`@${group}`);
    if (items.length === 0 && anchored.length === 0) return null;
    return (
      <section aria-labelledby={`${group}-title`}>
        <Title order={2} size="h4" id={`${group}-title`} mb="sm" className="section-title">
          {title}
        </Title>
        <Stack gap={compact ? 'sm' : 'md'}>
          {anchored}
          {items.map((i) => card(i, compact))}
        </Stack>
      </section>
    );
  };

  const overdue = view.items.filter((i) => i.overdue);
  const dueToday = view.items.filter((i) => !i.overdue);
  return (
    <Stack gap="xl" className="today">
      <header>
        <Text size="sm" c="dimmed" fw={600} tt="uppercase" className="eyebrow">
          {longDay(date)}
        </Text>
        <Title order={1}>Today</Title>
        {newUser ? null : <Summary due={view.items} />}
      </header>
      {view.interviews.length ? <Interviews items={view.interviews} today={date} /> : null}
      {newUser ? <NewUser today={date} /> : null}
      {section('overdue', 'From earlier days', overdue, false)}
      {section('today', 'Due today', dueToday, false)}
      {!newUser && view.items.length === 0 ? (
        <Paper radius="lg" p="lg" className="all-clear">
          <Group gap="md" wrap="nowrap">
            <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
              <IconMoodSmile size={26} />
            </ThemeIcon>
            <div>
              <Text fw={600}>You are all caught up.</Text>
              <Text size="sm" c="dimmed">
                Nothing is due today.{' '}
                {empty
                  ? 'Add your next application below, '
                  : 'Use the time to apply somewhere new, '}
                or{' '}
                <Anchor component={Link} to="/method" size="sm">
                  read about the method
                </Anchor>
                .
              </Text>
            </div>
          </Group>
        </Paper>
      ) : null}
      {!newUser && empty ? <QuickAdd today={date} /> : null}
      {section('upcoming', 'Coming up, next two weeks', view.upcoming, true)}
      <Text size="xs" c="dimmed" className="hint" visibleFrom="sm">
        Keys: j / k move between cards, v voicemail, t talked, n no answer, ? all keys.
      </Text>
    </Stack>
  );
}
