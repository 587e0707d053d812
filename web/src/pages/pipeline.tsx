// Pipeline: a board by status with counts, search and a dense list view. Cards
// move by drag and drop (mouse, touch or keyboard) or through their menu.

import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconCalendarEvent,
  IconDots,
  IconGripVertical,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  api,
  errorText,
  type InterviewItem,
  type OpportunitySummary,
  type Status,
} from '../api.js';
import { CloseDialog, type Decision, ScheduleDialog } from '../components/dialogs.js';
import { MethodDots, WindowChip } from '../components/step-parts.js';
import { useToast } from '../components/toast.js';
import { relativeDay, shortDay, timeOf } from '../dates.js';
import { refreshAll, useToday } from '../queries.js';
import { opportunityName, STATUS_COLORS, STATUS_LABELS } from '../words.js';

const STATUSES: readonly Status[] = ['active', 'interviewing', 'holding', 'closed'];

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

interface Move {
  readonly item: OpportunitySummary;
  readonly to: Status;
}

function useMoves() {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: (input: { item: OpportunitySummary; type: string; at?: string; note?: string }) =>
      api.logEvent(input.item.id, {
        type: input.type,
        ...(input.at ? { at: input.at } : {}),
        ...(input.note ? { note: input.note } : {}),
      }),
    onSuccess: async (logged, input) => {
      toast({
        title: opportunityName(input.item),
        message: `Now ${STATUS_LABELS[logged.opportunity.status].toLowerCase()}.`,
      });
      await refreshAll(client);
    },
    onError: (error) => toast({ tone: 'error', title: 'Not moved', message: errorText(error) }),
  });
}

function NextLine(props: { item: OpportunitySummary; today: string | undefined }) {
  const { item, today } = props;
  if (item.status === 'holding' && item.heldOn) {
    return (
      <Text size="sm" c="dimmed">
        Held since {shortDay(item.heldOn)}
      </Text>
    );
  }
  if (!item.next) {
    return (
      <Text size="sm" c="dimmed">
        {item.status === 'closed' ? 'Closed' : 'Nothing due'}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm">{item.next.label}</Text>
      {today ? <WindowChip dueOn={item.next.dueOn} dueBy={item.next.dueBy} today={today} /> : null}
    </Group>
  );
}

function MoveMenu(props: { item: OpportunitySummary; onMove: (to: Status) => void }) {
  const { item } = props;
  const targets = STATUSES.filter((s) => s !== item.status && allowed(item.status, s) === null);
  if (targets.length === 0) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Move ${opportunityName(item)}`}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Move to</Menu.Label>
        {targets.map((s) => (
          <Menu.Item key={s} onClick={() => props.onMove(s)}>
            {s === 'active'
              ? 'Active (try again)'
              : s === 'closed'
                ? 'Closed, with a reason…'
                : s === 'interviewing'
                  ? 'Interviewing: schedule…'
                  : STATUS_LABELS[s]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** Why a move cannot be made, or null when it can. */
function allowed(from: Status, to: Status): string | null {
  if (from === to) return null;
  if (from === 'closed')
    return 'A closed opportunity stays closed. To reopen it, delete its decision on its page.';
  if (to === 'active' && from !== 'holding')
    return 'Only the holding file goes back to active. After an interview, check-ins continue until a decision.';
  return null;
}

function BoardCard(props: {
  item: OpportunitySummary;
  today: string | undefined;
  max: number;
  interview?: InterviewItem | undefined;
  onMove: (to: Status) => void;
  overlay?: boolean;
}) {
  const { item } = props;
  const drag = useDraggable({
    id: item.id,
    data: { status: item.status },
    disabled: !!props.overlay,
  });
  const name = opportunityName(item);
  return (
    <Paper
      ref={props.overlay ? undefined : drag.setNodeRef}
      {...(props.overlay ? {} : drag.listeners)}
      className={props.overlay ? 'board-card drag-overlay' : 'board-card'}
      data-dragging={drag.isDragging || undefined}
      data-opportunity={item.id}
      withBorder
      radius="md"
      p="sm"
      shadow="xs"
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
        <div style={{ minWidth: 0 }}>
          <Anchor
            component={Link}
            to={`/opportunities/${item.id}`}
            fw={600}
            c="inherit"
            underline="hover"
            className="card-title"
          >
            {item.company ?? item.contact ?? 'Untitled'}
          </Anchor>
          {item.title ? (
            <Text size="sm" lineClamp={2}>
              {item.title}
            </Text>
          ) : null}
          {item.contact ? (
            <Text size="sm" c="dimmed">
              {item.contact}
            </Text>
          ) : null}
        </div>
        <Group gap={0} wrap="nowrap">
          <MoveMenu item={item} onMove={props.onMove} />
          <ActionIcon
            ref={drag.setActivatorNodeRef}
            {...drag.attributes}
            variant="subtle"
            color="gray"
            aria-label={`Drag ${name} to another column`}
            aria-roledescription="draggable card"
            className="drag-handle"
          >
            <IconGripVertical size={18} />
          </ActionIcon>
        </Group>
      </Group>
      <Stack gap={6} mt="xs">
        {item.status === 'active' ? <MethodDots made={item.followUps} max={props.max} /> : null}
        {props.interview ? (
          <Group gap={4} wrap="nowrap" className="interview-line">
            <IconCalendarEvent size={14} aria-hidden color="var(--mantine-color-violet-text)" />
            <Text size="sm" c="violet" fw={600}>
              {props.interview.type === 'meeting' ? 'Meeting' : 'Interview'}{' '}
              {shortDay(props.interview.date)}
              {props.interview.at ? `, ${timeOf(props.interview.at)}` : ''}
            </Text>
          </Group>
        ) : null}
        <NextLine item={item} today={props.today} />
      </Stack>
    </Paper>
  );
}

function Column(props: {
  status: Status;
  items: readonly OpportunitySummary[];
  today: string | undefined;
  max: number;
  interviews: ReadonlyMap<string, InterviewItem>;
  onMove: (item: OpportunitySummary, to: Status) => void;
}) {
  const drop = useDroppable({ id: props.status });
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
          aria-label={`${props.items.length} opportunities`}
        >
          {props.items.length}
        </Badge>
      </Group>
      <Stack gap="xs">
        {props.items.map((item) => (
          <BoardCard
            key={item.id}
            item={item}
            today={props.today}
            max={props.max}
            interview={props.interviews.get(item.id)}
            onMove={(to) => props.onMove(item, to)}
          />
        ))}
        {props.items.length === 0 ? (
          <Text size="sm" c="dimmed" p="xs">
            {EMPTY_COLUMN[props.status]}
          </Text>
        ) : null}
      </Stack>
    </section>
  );
}

function ListView(props: { items: readonly OpportunitySummary[]; today: string | undefined }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" className="pipeline-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Company</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Person</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Next step</Table.Th>
            <Table.Th>When</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.items.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>
                <Anchor component={Link} to={`/opportunities/${o.id}`} fw={600}>
                  {o.company ?? o.contact ?? 'Untitled'}
                </Anchor>
              </Table.Td>
              <Table.Td>{o.title}</Table.Td>
              <Table.Td>{o.contact}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[o.status]} tt="none">
                  {STATUS_LABELS[o.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{o.next?.label ?? (o.status === 'holding' ? 'Held' : '')}</Table.Td>
              <Table.Td>
                {o.next
                  ? `${shortDay(o.next.dueOn)}${props.today ? ` (${relativeDay(o.next.dueOn, props.today)})` : ''}`
                  : o.heldOn
                    ? `since ${shortDay(o.heldOn)}`
                    : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function PipelinePage() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('search') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [view, setView] = useState<'board' | 'list'>(
    params.get('view') === 'list' ? 'list' : 'board',
  );
  const [status, setStatus] = useState<string>('all');
  const todayView = useToday().data;
  const today = todayView?.date;
  const max = todayView?.maxFollowUps ?? 3;
  const interviews = useMemo(() => {
    const map = new Map<string, InterviewItem>();
    for (const i of todayView?.interviews ?? [])
      if (!map.has(i.opportunityId)) map.set(i.opportunityId, i);
    return map;
  }, [todayView]);
  const toast = useToast();
  const list = useQuery({
    queryKey: ['opportunities', debounced, ''],
    queryFn: () => api.opportunities(debounced ? { search: debounced } : {}),
    placeholderData: (previous) => previous,
  });
  const move = useMoves();
  const [dragging, setDragging] = useState<OpportunitySummary | null>(null);
  const [closing, setClosing] = useState<OpportunitySummary | null>(null);
  const [scheduling, setScheduling] = useState<OpportunitySummary | null>(null);
  const aimed = useRef<Status | null>(null);
  const keyboardCoordinates = useMemo(() => columnCoordinates(aimed), []);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  );
  const items = list.data?.items ?? [];
  const byStatus = useMemo(() => {
    const map = new Map<Status, OpportunitySummary[]>(STATUSES.map((s) => [s, []]));
    for (const item of items) map.get(item.status)?.push(item);
    return map;
  }, [items]);
  const find = (id: string | number) => items.find((i) => i.id === String(id));

  const requestMove = ({ item, to }: Move) => {
    if (item.status === to) return;
    const refusal = allowed(item.status, to);
    if (refusal) {
      toast({ tone: 'warning', title: 'Not moved', message: refusal });
      return;
    }
    if (to === 'closed') setClosing(item);
    else if (to === 'interviewing') setScheduling(item);
    else if (to === 'holding') move.mutate({ item, type: 'hold' });
    else move.mutate({ item, type: 'revive' });
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

  const shown = status === 'all' ? items : items.filter((i) => i.status === status);
  return (
    <Stack gap="lg" className="wide">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={1}>Pipeline</Title>
          <Text c="dimmed">
            {items.length === 1 ? '1 opportunity' : `${items.length} opportunities`}
            {debounced ? ` matching "${debounced}"` : ''}
          </Text>
        </div>
        <Group gap="sm" wrap="wrap">
          <TextInput
            data-page-search
            aria-label="Search company, role or person"
            placeholder="Search company, role or person"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setParams(e.currentTarget.value ? { search: e.currentTarget.value } : {}, {
                replace: true,
              });
            }}
            w={{ base: '100%', xs: 280 }}
          />
          <SegmentedControl
            value={view}
            onChange={(v) => setView(v === 'list' ? 'list' : 'board')}
            data={[
              { value: 'board', label: 'Board' },
              { value: 'list', label: 'List' },
            ]}
            aria-label="View"
          />
        </Group>
      </Group>
      {list.isError ? (
        <Alert color="red" title="The pipeline could not be loaded">
          {errorText(list.error)}
        </Alert>
      ) : null}
      {list.isPending ? <Loader aria-label="Loading the pipeline" /> : null}
      {list.data && items.length === 0 && !debounced ? (
        <Paper withBorder radius="lg" p="lg">
          <Title order={2} size="h4">
            Your pipeline is empty
          </Title>
          <Text mt="xs">
            Add the first job you applied to, or a person you want to meet. Each one moves from
            Active to Interviewing, and to the holding file or Closed.{' '}
            <Anchor component={Link} to="/method">
              How the method works
            </Anchor>
          </Text>
          <Button
            component={Link}
            to="/opportunities/new"
            mt="md"
            leftSection={<IconPlus size={18} />}
          >
            Add an opportunity
          </Button>
        </Paper>
      ) : null}
      {list.data && items.length === 0 && debounced ? (
        <Text>Nothing matches "{debounced}".</Text>
      ) : null}
      {items.length > 0 && view === 'board' ? (
        <DndContext
          sensors={sensors}
          accessibility={{
            announcements,
            screenReaderInstructions: {
              draggable:
                'To move this card, press space or enter, then use the arrow keys to choose a column, and space or enter again to drop it. Escape cancels.',
            },
          }}
          onDragStart={(e: DragStartEvent) => {
            aimed.current = null;
            setDragging(find(e.active.id) ?? null);
          }}
          onDragCancel={() => {
            aimed.current = null;
            setDragging(null);
          }}
          onDragEnd={(e: DragEndEvent) => {
            aimed.current = null;
            setDragging(null);
            const item = find(e.active.id);
            if (item && e.over) requestMove({ item, to: e.over.id as Status });
          }}
        >
          <div className="board">
            {STATUSES.map((s) => (
              <Column
                key={s}
                status={s}
                items={byStatus.get(s) ?? []}
                today={today}
                max={max}
                interviews={interviews}
                onMove={(item, to) => requestMove({ item, to })}
              />
            ))}
          </div>
          <DragOverlay>
            {dragging ? (
              <BoardCard
                item={dragging}
                today={today}
                max={max}
                interview={interviews.get(dragging.id)}
                onMove={() => {}}
                overlay
              />
            ) : null}
          </DragOverlay>
        </DndContext>
      ) : null}
      {items.length > 0 && view === 'list' ? (
        <Stack gap="sm">
          <SegmentedControl
            value={status}
            onChange={setStatus}
            data={[
              { value: 'all', label: `All ${items.length}` },
              ...STATUSES.map((s) => ({
                value: s,
                label: `${STATUS_LABELS[s]} ${byStatus.get(s)?.length ?? 0}`,
              })),
            ]}
            aria-label="Status"
            className="hide-phone"
          />
          <ListView items={shown} today={today} />
        </Stack>
      ) : null}
      {closing ? (
        <CloseDialog
          opened
          name={opportunityName(closing)}
          busy={move.isPending}
          onClose={() => setClosing(null)}
          onConfirm={(decision: Decision, note) =>
            move.mutate(
              { item: closing, type: decision, note },
              { onSuccess: () => setClosing(null) },
            )
          }
        />
      ) : null}
      {scheduling && today ? (
        <ScheduleDialog
          opened
          name={opportunityName(scheduling)}
          today={today}
          kind={scheduling.kind}
          busy={move.isPending}
          error={move.error ? errorText(move.error) : null}
          onClose={() => setScheduling(null)}
          onConfirm={({ type, at, note }) =>
            move.mutate(
              { item: scheduling, type, at, note },
              { onSuccess: () => setScheduling(null) },
            )
          }
        />
      ) : null}
    </Stack>
  );
}
