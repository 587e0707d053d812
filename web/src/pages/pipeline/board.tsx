// The board: a column per status, each a page at a time with only the cards near the screen
// in the page (column-cards.tsx). Cards move by drag and drop (mouse, touch or keyboard); the
// arrow keys jump from column to column.
import {
  type Announcements,
  DndContext,
  DragOverlay,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Badge, Group, Text, Title } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { STATUSES } from '../../../../src/core/names.js';
import type { OpportunitySummary, Status } from '../../api.js';
import { opportunityName, STATUS_COLORS, STATUS_LABELS } from '../../labels.js';
import { BoardCard } from './board-card.js';
import { ColumnCards, type ColumnProps } from './column-cards.js';
import type { ColumnPages } from './use-list-pages.js';

const EMPTY_COLUMN: Readonly<Record<Status, string>> = {
  active: 'Add an application: its follow-ups start here.',
  interviewing: 'Drop a card here to schedule its interview.',
  holding: 'After three unanswered follow-ups, opportunities rest here.',
  closed: 'Offers, refusals and withdrawals end up here.',
};

/**
 * Arrow keys jump from column to column instead of moving 25 pixels at a time.
 * The column aimed at is remembered between presses, so quick presses never
 * depend on the board having re-measured in between.
 */
function columnCoordinates(aimed: { current: Status | null }): KeyboardCoordinateGetter {
  return (event, { context, currentCoordinates }) => {
    const step = ['ArrowRight', 'ArrowDown'].includes(event.code)
      ? 1
      : ['ArrowLeft', 'ArrowUp'].includes(event.code)
        ? -1
        : 0;
    if (step === 0) return undefined;
    event.preventDefault();
    const from =
      aimed.current ?? (context.active?.data.current?.status as Status | undefined) ?? 'active';
    const target =
      STATUSES[Math.max(0, Math.min(STATUSES.length - 1, STATUSES.indexOf(from) + step))];
    const rect = target ? context.droppableRects.get(target) : undefined;
    if (!target || !rect || !context.collisionRect) return currentCoordinates;
    aimed.current = target;
    return {
      x: rect.left + Math.max(0, (rect.width - context.collisionRect.width) / 2),
      y: rect.top + 48,
    };
  };
}

export interface BoardProps extends Omit<ColumnProps, 'status' | 'pages'> {
  /** Each column's cards, a page at a time. */
  readonly columns: ColumnPages;
}

function Column(props: ColumnProps) {
  const drop = useDroppable({ id: props.status });
  const { total } = props.pages;
  const titleId = `column-${props.status}`;
  return (
    <section
      ref={drop.setNodeRef}
      className="column"
      data-over={drop.isOver || undefined}
      aria-labelledby={titleId}
      data-status={props.status}
    >
      <Group justify="space-between" mb="sm" px={4}>
        <Title order={2} size="h5" id={titleId}>
          {STATUS_LABELS[props.status]}
        </Title>
        <Badge
          variant="light"
          color={STATUS_COLORS[props.status]}
          aria-label={`${total} opportunities`}
          className="column-count"
        >
          {total}
        </Badge>
      </Group>
      <ColumnCards {...props} />
      {total === 0 && !props.pages.query.isPending ? (
        <Text size="sm" c="dimmed" p="xs">
          {EMPTY_COLUMN[props.status]}
        </Text>
      ) : null}
    </section>
  );
}

export function Board(props: BoardProps) {
  const [dragging, setDragging] = useState<OpportunitySummary | null>(null);
  const aimed = useRef<Status | null>(null);
  const keyboardCoordinates = useMemo(() => columnCoordinates(aimed), []);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  );
  const find = (id: string | number) =>
    STATUSES.flatMap((s) => props.columns[s].items).find((i) => i.id === String(id));
  const stop = () => {
    aimed.current = null;
    setDragging(null);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${opportunityName(find(active.id) ?? { company: null, title: null })}. Use the arrow keys to choose a column, space to drop, escape to cancel.`,
    onDragOver: ({ over }) =>
      over ? `Over ${STATUS_LABELS[over.id as Status]}.` : 'Not over a column.',
    onDragEnd: ({ over }) =>
      over ? `Dropped on ${STATUS_LABELS[over.id as Status]}.` : 'Dropped back in place.',
    onDragCancel: () => 'Moving cancelled.',
  };
  return (
    <DndContext
      sensors={sensors}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move this card, press space or enter, then use the arrow keys to choose a column, and space or enter again to drop it. Escape cancels.',
        },
      }}
      onDragStart={(e) => {
        aimed.current = null;
        setDragging(find(e.active.id) ?? null);
      }}
      onDragCancel={stop}
      onDragEnd={(e) => {
        stop();
        const item = find(e.active.id);
        if (item && e.over) props.onMove(item, e.over.id as Status);
      }}
    >
      <div className="board">
        {STATUSES.map((s) => (
          <Column key={s} {...props} status={s} pages={props.columns[s]} />
        ))}
      </div>
      <DragOverlay>
        {dragging ? (
          <BoardCard
            item={dragging}
            today={props.today}
            max={props.max}
            interview={props.interviews.get(dragging.id)}
            onMove={() => {}}
            overlay
          />
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
