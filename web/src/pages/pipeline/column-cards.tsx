// A column's cards, a page at a time and only those near the screen: a column of 5,000
// opportunities holds a few dozen cards in the page. The closed column is grouped by outcome,
// each group under its label.
import { Loader, Text } from '@mantine/core';
import type { InterviewItem, OpportunitySummary, Status } from '../../api.js';
import { useWindowRows } from '../../components/virtual-rows.js';
import { byOutcome } from '../../outcome.js';
import { BoardCard } from './board-card.js';
import type { ColumnPages } from './use-list-pages.js';

type Entry =
  | { readonly key: string; readonly label: string }
  | { readonly key: string; readonly item: OpportunitySummary };

// A card is about 130 px tall before it is measured, a group's label about 20.
const CARD_ESTIMATE = 130;
const GAP = 10;

function entriesOf(status: Status, items: readonly OpportunitySummary[], all: boolean): Entry[] {
  if (status !== 'closed') return items.map((item) => ({ key: item.id, item }));
  return byOutcome(items).flatMap((group) => [
    {
      key: `label:${group.label}`,
      label: all ? `${group.label} (${group.items.length})` : group.label,
    },
    ...group.items.map((item) => ({ key: item.id, item })),
  ]);
}

/** A column of the board: its status, its pages, and what each card shows and does. */
export interface ColumnProps {
  readonly status: Status;
  readonly pages: ColumnPages[Status];
  readonly today: string | undefined;
  readonly max: number;
  readonly interviews: ReadonlyMap<string, InterviewItem>;
  readonly onMove: (item: OpportunitySummary, to: Status) => void;
}

export function ColumnCards(props: ColumnProps) {
  const { items, total, loadingMore } = props.pages;
  const all = items.length === total;
  const entries = entriesOf(props.status, items, all);
  const near = useWindowRows<HTMLDivElement>(entries.length, CARD_ESTIMATE, props.pages, GAP);
  return (
    <>
      <div
        ref={near.ref}
        className="column-cards"
        style={{ paddingTop: near.before, paddingBottom: near.after }}
      >
        {near.rows.map((row) => {
          const entry = entries[row.index];
          if (!entry) return null;
          return (
            <div
              key={entry.key}
              data-index={row.index}
              ref={near.measure}
              style={{ marginBottom: GAP }}
            >
              {'label' in entry ? (
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt={4}>
                  {entry.label}
                </Text>
              ) : (
                <BoardCard
                  item={entry.item}
                  today={props.today}
                  max={props.max}
                  interview={props.interviews.get(entry.item.id)}
                  onMove={(to) => props.onMove(entry.item, to)}
                />
              )}
            </div>
          );
        })}
      </div>
      <div className="column-end" aria-live="polite">
        {loadingMore ? <Loader size="xs" aria-label="Loading more cards" /> : null}
        {!all && !loadingMore ? (
          <Text size="xs" c="dimmed">
            {items.length} of {total}; more come as you scroll.
          </Text>
        ) : null}
      </div>
    </>
  );
}
