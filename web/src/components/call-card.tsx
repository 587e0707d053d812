// A call card: whom to contact, where they stand in the method, the words, the outcomes.
import { Anchor, Badge, Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconMail, IconPhone } from '@tabler/icons-react';
import { type Ref, useState } from 'react';
import { Link } from 'react-router';
import type { TodayItem } from '../api.js';
import { companyAndTitle, roleLabel } from '../words.js';
import { type Outcome, OutcomeButtons } from './outcomes.js';
import { Checklist, type ChecklistItem, MethodDots, ScriptBox, WindowChip } from './step-parts.js';

/** A step's identity in the list, stable while it is due. */
export function stepKey(item: TodayItem): string {
  return `${item.opportunityId}:${item.action}:${item.followUpNumber ?? ''}`;
}

export function personOf(item: { contact: string | null; company: string | null }): string {
  return item.contact ?? (item.company ? `Someone at ${item.company}` : 'Your contact');
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function mailtoHref(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
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
  readonly ref?: Ref<HTMLElement>;
}

export function CallCard(props: CallCardProps) {
  const { item, today } = props;
  const [open, setOpen] = useState(!props.compact);
  const person = personOf(item);
  const where = companyAndTitle(item.company, item.title);
  const role = roleLabel(item.contactRole);
  const isNote = item.action === 'thank-you-note';
  const thankYou = item.action === 'thank-you-call' || isNote;
  const detailsId = `details-${stepKey(item).replace(/[^\w-]/g, '-')}`;
  const folded = !!props.compact && !open;
  return (
    <Paper
      component="article"
      ref={props.ref as Ref<HTMLDivElement>}
      className="call-card"
      data-selected={props.selected || undefined}
      data-overdue={item.overdue || undefined}
      data-action={item.action}
      tabIndex={0}
      aria-label={`${item.label}: ${person}${where ? `, ${where}` : ''}`}
      onFocus={props.onSelect}
      withBorder
      radius="lg"
      p={props.compact ? { base: 'sm', sm: 'md' } : { base: 'md', sm: 'lg' }}
      data-compact={props.compact || undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            <Text className="step-label" fw={700} size="sm" tt="uppercase">
              {item.label}
            </Text>
            {item.action === 'follow-up' ? (
              <MethodDots
                made={item.followUps}
                max={props.maxFollowUps}
                current={item.followUpNumber}
              />
            ) : null}
          </Group>
          <WindowChip dueOn={item.dueOn} dueBy={item.dueBy} today={today} />
        </Group>
        <div>
          <Title order={3} className="person" data-size={props.compact ? 'small' : undefined}>
            <Anchor
              component={Link}
              to={`/opportunities/${item.opportunityId}`}
              inherit
              underline="hover"
              c="inherit"
            >
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
        {thankYou && !folded ? (
          <Checklist items={postInterview(item, props.siblings)} label="After the interview" />
        ) : null}
        {item.action === 'check-in' && !folded ? (
          <Text size="sm" c="dimmed">
            A check-in every 7 to 10 days, until a definite yes or no.
          </Text>
        ) : null}
        {props.compact ? (
          <Button
            variant="subtle"
            size="compact-sm"
            color="gray"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={detailsId}
            rightSection={open ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
            className="fold"
          >
            {open ? 'Hide the script' : 'Script and outcomes'}
          </Button>
        ) : null}
        <Collapse expanded={open} id={detailsId} keepMounted={false}>
          <Stack gap="sm">
            {isNote ? null : (
              <Group gap="xs" className="contact-buttons">
                {item.contactPhone ? (
                  <Button
                    component="a"
                    href={telHref(item.contactPhone)}
                    leftSection={<IconPhone size={18} />}
                    size="md"
                  >
                    Call {item.contactPhone}
                  </Button>
                ) : null}
                {item.contactEmail ? (
                  <Button
                    component="a"
                    href={mailtoHref(item.contactEmail, item.email.subject, item.email.body)}
                    leftSection={<IconMail size={18} />}
                    size="md"
                    variant="light"
                  >
                    E-mail
                  </Button>
                ) : null}
                {!item.contactPhone && !item.contactEmail ? (
                  <Text size="sm" c="dimmed">
                    No phone or e-mail yet.{' '}
                    <Anchor component={Link} to={`/opportunities/${item.opportunityId}`} size="sm">
                      Add them
                    </Anchor>
                  </Text>
                ) : null}
              </Group>
            )}
            <ScriptBox
              script={item.script}
              voicemail={item.voicemail}
              withVoicemail={!isNote}
              label="The note to write"
            />
            <OutcomeButtons
              action={item.action}
              today={today}
              busy={props.busy}
              onLog={props.onLog}
              context={`for ${person}`}
            />
          </Stack>
        </Collapse>
      </Stack>
    </Paper>
  );
}
