// The top of the opportunity page: where it stands, what it is, what to do with it.
import { Anchor, Badge, Button, Group, Text, Title } from '@mantine/core';
import {
  IconCalendarPlus,
  IconCircleCheck,
  IconExternalLink,
  IconPencil,
} from '@tabler/icons-react';
import type { OpportunityView } from '../../api.js';
import { MethodDots } from '../../components/step-parts.js';
import { sourceWords } from '../../forms/source-field.js';
import { roleLabel, STATUS_COLORS, STATUS_LABELS } from '../../labels.js';

export function OpportunityHeader(props: {
  o: OpportunityView;
  heading: string;
  editing: boolean;
  onSchedule: () => void;
  onClose: () => void;
  onEdit: () => void;
}) {
  const { o } = props;
  const decided = o.status === 'closed';
  return (
    <header>
      <Group gap="xs" mb={4}>
        <Badge variant="light" color={STATUS_COLORS[o.status]} tt="none" className="status-badge">
          {STATUS_LABELS[o.status]}
        </Badge>
        <Badge variant="outline" color="gray" tt="none">
          {o.kind === 'job' ? 'Job' : 'Networking'}
        </Badge>
        {sourceWords(o.source) ? (
          <Badge variant="outline" color="gray" tt="none">
            {sourceWords(o.source)}
          </Badge>
        ) : null}
        {o.status === 'active' ? <MethodDots made={o.followUps} max={o.maxFollowUps} /> : null}
      </Group>
      <Title order={1}>{props.heading}</Title>
      <Text c="dimmed">
        {[o.kind === 'job' ? o.contact?.name : o.company, roleLabel(o.contact?.role)]
          .filter(Boolean)
          .join(' · ')}
        {o.postingUrl ? (
          <>
            {' '}
            <Anchor href={o.postingUrl} target="_blank" rel="noreferrer noopener" size="sm">
              The posting <IconExternalLink size={12} aria-hidden />
            </Anchor>
          </>
        ) : null}
      </Text>
      <Group gap="xs" mt="md" className="header-actions">
        {decided ? null : (
          <Button leftSection={<IconCalendarPlus size={18} />} onClick={props.onSchedule}>
            {o.kind === 'networking' ? 'Schedule a meeting' : 'Schedule an interview'}
          </Button>
        )}
        {decided ? null : (
          <Button
            variant="default"
            leftSection={<IconCircleCheck size={18} />}
            onClick={props.onClose}
          >
            Close with a decision
          </Button>
        )}
        <Button
          variant="default"
          leftSection={<IconPencil size={18} />}
          onClick={props.onEdit}
          aria-expanded={props.editing}
        >
          Edit details
        </Button>
      </Group>
    </header>
  );
}
