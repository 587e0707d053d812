// A card of the board: company, title, person, where it stands and what is next;
// dragged by its handle, or moved through its menu.
import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Anchor, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconCalendarEvent, IconDots, IconGripVertical } from '@tabler/icons-react';
import { Link } from 'react-router';
import { moveRefusal } from '../../../../src/core/moves.js';
import { STATUSES } from '../../../../src/core/names.js';
import type { InterviewItem, OpportunitySummary, Status } from '../../api.js';
import { MethodDots, WindowChip } from '../../components/step-parts.js';
import { shortDay, timeOf } from '../../dates.js';
import { opportunityName, STATUS_LABELS } from '../../labels.js';
import { closedLabel } from '../../outcome.js';

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
        {item.status === 'closed' ? (closedLabel(item) ?? 'Closed') : 'Nothing due'}
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

const MENU_WORDS: Partial<Record<Status, string>> = {
  active: 'Active (try again)',
  closed: 'Closed, with a reason…',
  interviewing: 'Interviewing: schedule…',
};

function MoveMenu(props: { item: OpportunitySummary; onMove: (to: Status) => void }) {
  const { item } = props;
  const targets = STATUSES.filter((s) => s !== item.status && moveRefusal(item.status, s) === null);
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
            {MENU_WORDS[s] ?? STATUS_LABELS[s]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

export function BoardCard(props: {
  item: OpportunitySummary;
  today: string | undefined;
  max: number;
  interview?: InterviewItem | undefined;
  onMove: (to: Status) => void;
  overlay?: boolean;
}) {
  const { item, interview } = props;
  const drag = useDraggable({
    id: item.id,
    data: { status: item.status },
    disabled: !!props.overlay,
  });
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
            className="card-title clamp-2"
            title={item.company ?? item.contact ?? 'Untitled'}
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
            aria-label={`Drag ${opportunityName(item)} to another column`}
            aria-roledescription="draggable card"
            className="drag-handle"
          >
            <IconGripVertical size={18} />
          </ActionIcon>
        </Group>
      </Group>
      <Stack gap={6} mt="xs">
        {item.status === 'active' ? <MethodDots made={item.followUps} max={props.max} /> : null}
        {interview ? (
          <Group gap={4} wrap="nowrap" className="interview-line">
            <IconCalendarEvent size={14} aria-hidden color="var(--mantine-color-violet-text)" />
            <Text size="sm" c="violet" fw={600}>
              {interview.type === 'meeting' ? 'Meeting' : 'Interview'} {shortDay(interview.date)}
              {interview.at ? `, ${timeOf(interview.at)}` : ''}
            </Text>
          </Group>
        ) : null}
        <NextLine item={item} today={props.today} />
      </Stack>
    </Paper>
  );
}
