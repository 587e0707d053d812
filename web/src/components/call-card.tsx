// A call card on Today: the person to contact (large), company and role, and the
// step card with its words and outcomes; after an interview, the checklist.
import { Anchor, Badge, Group, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { Link } from 'react-router';
import type { TodayItem } from '../api.js';
import { companyAndTitle, roleLabel } from '../labels.js';
import type { Outcome } from './outcomes.js';
import { StepCard } from './step-card.js';
import { Checklist, type ChecklistItem } from './step-parts.js';

/** A step's identity in the list, stable while it is due. */
export function stepKey(item: TodayItem): string {
  return `${item.opportunityId}:${item.action}:${item.followUpNumber ?? ''}`;
}

export function personOf(item: { contact: string | null; company: string | null }): string {
  return item.contact ?? (item.company ? `Someone at ${item.company}` : 'Your contact');
}

function postInterview(item: TodayItem, siblings: readonly TodayItem[]): ChecklistItem[] {
  const pending = (action: string) => siblings.some((s) => s.action === action);
  const state = (action: string): ChecklistItem['state'] =>
    item.action === action ? 'current' : pending(action) ? 'todo' : 'done';
  return [
    { label: item.kind === 'networking' ? 'Meeting' : 'Interview', state: 'done' },
    { label: 'Thank-you call', state: state('thank-you-call') },
    { label: 'Handwritten note', state: state('thank-you-note') },
    { label: 'Check in every 7–10 days', state: 'todo' },
  ];
}

export interface CallCardProps {
  readonly item: TodayItem;
  readonly today: string;
  readonly maxFollowUps: number;
  /** The other steps of the same opportunity in the list, for the checklist. */
  readonly siblings: readonly TodayItem[];
  readonly selected: boolean;
  readonly busy: boolean;
  /** Upcoming steps start folded. */
  readonly compact?: boolean;
  readonly onSelect: () => void;
  readonly onLog: (outcome: Outcome, extra?: { until: string }) => void;
  readonly ref?: Ref<HTMLDivElement>;
}

export function CallCard(props: CallCardProps) {
  const { item } = props;
  const person = personOf(item);
  const where = companyAndTitle(item.company, item.title);
  const role = roleLabel(item.contactRole);
  const thankYou = item.action === 'thank-you-call' || item.action === 'thank-you-note';
  const page = `/opportunities/${item.opportunityId}`;
  return (
    <StepCard
      component="article"
      ref={props.ref}
      className="call-card"
      data-selected={props.selected || undefined}
      data-overdue={item.overdue || undefined}
      data-compact={props.compact || undefined}
      tabIndex={0}
      aria-label={`${item.label}: ${person}${where ? `, ${where}` : ''}`}
      onFocus={props.onSelect}
      p={props.compact ? { base: 'sm', sm: 'md' } : { base: 'md', sm: 'lg' }}
      step={item}
      phone={item.contactPhone}
      email={item.contactEmail}
      opportunityId={item.opportunityId}
      followUps={item.followUps}
      maxFollowUps={props.maxFollowUps}
      today={props.today}
      busy={props.busy}
      onLog={props.onLog}
      context={`for ${person}`}
      compact={props.compact ?? false}
      detailsHref={page}
      heading={
        <div>
          <Title order={3} className="person" data-size={props.compact ? 'small' : undefined}>
            <Anchor component={Link} to={page} inherit underline="hover" c="inherit">
              {person}
            </Anchor>
          </Title>
          <Group gap="xs" mt={2}>
            {where ? (
              <Text c="dimmed" size="md">
                {where}
              </Text>
            ) : null}
            {role ? (
              <Badge variant="default" size="sm" tt="none" radius="sm">
                {role}
              </Badge>
            ) : null}
          </Group>
        </div>
      }
      extra={
        thankYou ? (
          <Checklist items={postInterview(item, props.siblings)} label="After the interview" />
        ) : item.action === 'check-in' ? (
          <Text size="sm" c="dimmed">
            A check-in every 7 to 10 days, until a definite yes or no.
          </Text>
        ) : null
      }
    />
  );
}
