// One step of the method as a card, on Today and on an opportunity's page: where
// it stands in the 3X3, its window, the buttons to call or write, the words, the
// outcomes. Today adds the person above; upcoming steps start folded.
import {
  Anchor,
  Button,
  Collapse,
  Group,
  Paper,
  type PaperProps,
  Stack,
  Text,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconMail, IconPhone } from '@tabler/icons-react';
import { type ReactNode, type Ref, useId, useState } from 'react';
import { Link } from 'react-router';
import type { StepView } from '../api.js';
import { mailtoHref, telHref } from '../contact-links.js';
import { type Outcome, OutcomeButtons } from './outcomes.js';
import { SendEmailButton } from './send-email.js';
import { MethodDots, ScriptBox, WindowChip } from './step-parts.js';

export interface StepCardProps extends PaperProps {
  readonly step: StepView;
  readonly phone: string | null;
  readonly email: string | null;
  /** The opportunity, for "Send by e-mail"; without it only the mailto: link is offered. */
  readonly opportunityId?: string;
  /** Unanswered follow-ups so far, and how many the playbook allows. */
  readonly followUps: number;
  readonly maxFollowUps: number;
  readonly today: string;
  readonly busy: boolean;
  readonly onLog: (outcome: Outcome, extra?: { until: string }) => void;
  /** Whom the outcomes are about, for screen readers: "for Jane Doe". */
  readonly context: string;
  /** What goes under the step's label, shown even when folded: the person, on Today. */
  readonly heading?: ReactNode;
  /** What goes under the heading while unfolded: the checklist after an interview. */
  readonly extra?: ReactNode;
  /** Upcoming steps start folded. */
  readonly compact?: boolean;
  /** Where a missing phone or e-mail can be added; none on that page itself. */
  readonly detailsHref?: string;
  readonly ref?: Ref<HTMLDivElement> | undefined;
  readonly className?: string;
  readonly component?: 'article' | 'div';
  readonly tabIndex?: number;
  readonly onFocus?: () => void;
  readonly 'aria-label'?: string;
  readonly [data: `data-${string}`]: string | boolean | undefined;
}

function ContactButtons(props: {
  step: StepView;
  phone: string | null;
  email: string | null;
  opportunityId: string | undefined;
}) {
  const { step, phone, email, opportunityId } = props;
  return (
    <>
      {phone ? (
        <Button component="a" href={telHref(phone)} leftSection={<IconPhone size={18} />} size="md">
          Call {phone}
        </Button>
      ) : null}
      {email ? (
        <Button
          component="a"
          href={mailtoHref(email, step.email.subject, step.email.body)}
          leftSection={<IconMail size={18} />}
          size="md"
          variant="light"
        >
          E-mail
        </Button>
      ) : null}
      {email && opportunityId ? (
        <SendEmailButton
          opportunityId={opportunityId}
          email={email}
          subject={step.email.subject}
          body={step.email.body}
        />
      ) : null}
    </>
  );
}

export function StepCard(props: StepCardProps) {
  const {
    step,
    phone,
    email,
    opportunityId,
    followUps,
    maxFollowUps,
    today,
    busy,
    onLog,
    context,
    heading,
    extra,
    compact,
    detailsHref,
    ...paper
  } = props;
  const [open, setOpen] = useState(!compact);
  const detailsId = useId();
  const isNote = step.action === 'thank-you-note';
  const reachable = !!(phone || email);
  const byEmail = !!email && !phone && !isNote;
  return (
    <Paper withBorder radius="lg" data-action={step.action} {...paper}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            <Text className="step-label" fw={700} size="sm" tt="uppercase">
              {step.label}
            </Text>
            {step.action === 'follow-up' ? (
              <MethodDots made={followUps} max={maxFollowUps} current={step.followUpNumber} />
            ) : null}
          </Group>
          <WindowChip dueOn={step.dueOn} dueBy={step.dueBy} today={today} />
        </Group>
        {heading}
        {open ? extra : null}
        {compact ? (
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
            {isNote || (!reachable && !detailsHref) ? null : (
              <Group gap="xs" className="contact-buttons">
                <ContactButtons
                  step={step}
                  phone={phone}
                  email={email}
                  opportunityId={opportunityId}
                />
                {!reachable && detailsHref ? (
                  <Text size="sm" c="dimmed">
                    No phone or e-mail yet.{' '}
                    <Anchor component={Link} to={detailsHref} size="sm" underline="always">
                      Add them
                    </Anchor>
                  </Text>
                ) : null}
              </Group>
            )}
            {/* Only an e-mail address: the e-mail is the step, with no voicemail to leave. */}
            <ScriptBox
              script={byEmail ? step.email.body : step.script}
              voicemail={step.voicemail}
              withVoicemail={!isNote && !byEmail}
              label={byEmail ? 'The e-mail to send' : 'The note to write'}
            />
            <OutcomeButtons
              action={step.action}
              today={today}
              busy={busy}
              onLog={onLog}
              context={context}
            />
          </Stack>
        </Collapse>
      </Stack>
    </Paper>
  );
}
