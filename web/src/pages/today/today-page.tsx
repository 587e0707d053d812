// Today: whom to contact now. Overdue first, then today, then the coming two weeks.
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { errorText, type TodayItem } from '../../api.js';
import { CallCard, stepKey } from '../../components/call-card.js';
import { DoneCard } from '../../components/done-card.js';
import { QuickAdd } from '../../components/quick-add.js';
import { longDay } from '../../dates.js';
import { InstallPrompt } from '../../install-prompt.js';
import { useOpportunities, useToday } from '../../queries.js';
import { AllClear, NewUser, Summary } from './greetings.js';
import { Interviews } from './interviews.js';
import { Proposals } from './proposals.js';
import { ToStart } from './to-start.js';
import { type ListGroup, useTodayCards } from './use-today-cards.js';

export default function TodayPage() {
  const today = useToday();
  const data = today.data;
  const cards = useTodayCards(data);
  const empty = !!data && data.items.length + data.upcoming.length + data.interviews.length === 0;
  const all = useOpportunities('', { enabled: empty });

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
  const { list, done } = cards;
  const newUser = empty && all.data?.items.length === 0;
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
        busy={cards.undoing}
        onUndo={() => cards.undoDone(d)}
      />
    ));

  const card = (item: TodayItem, compact: boolean) => {
    const key = stepKey(item);
    const index = list.indexOf(item);
    return (
      <Fragment key={key}>
        <CallCard
          ref={cards.cardRef(key)}
          item={item}
          today={date}
          maxFollowUps={view.maxFollowUps}
          siblings={list.filter((s) => s.opportunityId === item.opportunityId && s !== item)}
          selected={index === cards.selected}
          busy={cards.busy}
          compact={compact}
          onSelect={() => cards.setSelected(index)}
          onLog={(outcome, extra) => cards.logOutcome(item, outcome, extra)}
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
      <Proposals />
      {newUser ? <NewUser today={date} /> : null}
      {section(
        'overdue',
        'From earlier days',
        view.items.filter((i) => i.overdue),
        false,
      )}
      {section(
        'today',
        'Due today',
        view.items.filter((i) => !i.overdue),
        false,
      )}
      {!newUser && view.items.length === 0 ? <AllClear empty={empty} /> : null}
      <ToStart items={view.toStart} today={date} />
      {!newUser && empty ? <QuickAdd today={date} /> : null}
      {section('upcoming', 'Coming up, next two weeks', view.upcoming, true)}
      <Text size="xs" c="dimmed" className="hint" visibleFrom="sm">
        Keys: j / k move between cards, v voicemail, t talked, n no answer, ? all keys.
      </Text>
      {/* At the foot of Today: an offer that comes late never moves what is under the pointer. */}
      <InstallPrompt />
    </Stack>
  );
}
