// Today's cards as the user works through them: the selected card (j and k), an
// outcome by click or by key (v, t, n), the done card that takes the place of the
// card it came from, and its undo.
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Logged, TodayItem, TodayView } from '../../api.js';
import { personOf, stepKey } from '../../components/call-card.js';
import type { Done } from '../../components/done-card.js';
import { type Outcome, outcomesFor } from '../../components/outcomes.js';
import { shortDay } from '../../dates.js';
import { eventLabel } from '../../labels.js';
import { useDeleteEvent } from '../../mutations/use-events.js';
import { useLogOutcome } from '../../mutations/use-log-outcome.js';
import { notify, notifyFailure } from '../../notify.js';

export type ListGroup = 'overdue' | 'today' | 'upcoming';

/** A done card, and where it sits: after the card of `after`, or at the top of a section (`@today`). */
export type Placed = Done & { readonly after: string; readonly section: string };

export function useTodayCards(data: TodayView | undefined) {
  const log = useLogOutcome();
  const undo = useDeleteEvent();
  const [selected, setSelected] = useState(0);
  const [done, setDone] = useState<readonly Placed[]>([]);
  const cards = useRef(new Map<string, HTMLElement>());
  // After an outcome by key, the focus moves on to the card that takes its place.
  const refocus = useRef(false);
  const list = useMemo(() => (data ? [...data.items, ...data.upcoming] : []), [data]);
  const groupOf = useCallback(
    (item: TodayItem): ListGroup =>
      item.overdue ? 'overdue' : data?.items.includes(item) ? 'today' : 'upcoming',
    [data],
  );

  const logOutcome = (item: TodayItem, outcome: Outcome, extra?: { until: string }) => {
    // The done card takes the place of the card: after the one before it in its section.
    const group = groupOf(item);
    const same = list.filter((i) => groupOf(i) === group);
    const index = same.indexOf(item);
    const after = index > 0 ? stepKey(same[index - 1] as TodayItem) : `@${group}`;
    const key = stepKey(item);
    log.log(
      {
        opportunityId: item.opportunityId,
        outcome,
        person: personOf(item),
        today: data?.date,
        ...(extra ? { until: extra.until } : {}),
      },
      (logged: Logged) => {
        const what = extra
          ? `asked to call back on ${shortDay(extra.until)}`
          : outcome.label.toLowerCase();
        const placed = { key, person: personOf(item), what, logged, after, section: `@${group}` };
        setDone((d) => [...d.filter((x) => x.key !== key), placed]);
        notify({
          title: `Logged for ${personOf(item)}`,
          message: `${eventLabel(logged.event.type, logged.event.note)}.`,
        });
        const active = document.activeElement;
        const card = cards.current.get(key);
        refocus.current = !active || active === document.body || !!card?.contains(active);
      },
    );
  };

  const undoDone = (d: Placed) =>
    undo.mutate(d.logged.event.id, {
      onSuccess: () => {
        setDone((all) => all.filter((x) => x.key !== d.key));
        notify({
          title: 'Undone',
          message: `${eventLabel(d.logged.event.type, d.logged.event.note)} removed.`,
        });
      },
      onError: (error) => notifyFailure('Not undone', error),
    });

  const select = (index: number) => {
    const bounded = Math.max(0, Math.min(list.length - 1, index));
    setSelected(bounded);
    const item = list[bounded];
    const el = item ? cards.current.get(stepKey(item)) : undefined;
    el?.focus();
    el?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
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
  const move = (by: number) => {
    const at = list.findIndex((i) => cards.current.get(stepKey(i)) === document.activeElement);
    select(at < 0 ? selected : at + by);
  };
  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
    ['v', () => byHotkey('v')],
    ['t', () => byHotkey('t')],
    ['n', () => byHotkey('n')],
  ]);

  /** Keeps the card's element, to focus it from the keyboard. */
  const cardRef = (key: string) => (el: HTMLElement | null) => {
    if (el) cards.current.set(key, el);
    else cards.current.delete(key);
  };

  return {
    list,
    done,
    selected,
    setSelected,
    cardRef,
    logOutcome,
    busy: log.isPending,
    undoing: undo.isPending,
    undoDone,
  };
}
