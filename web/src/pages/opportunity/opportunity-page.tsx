// One opportunity: where it stands, its next steps with their scripts, its
// timeline (add, edit, delete), its contact and notes.
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, errorText, type OpportunityView } from '../../api.js';
import { ConfirmPopover } from '../../components/confirm-popover.js';
import { CloseDialog, ScheduleDialog } from '../../components/dialogs.js';
import { TimelineAxis } from '../../components/timeline.js';
import { opportunityName } from '../../labels.js';
import { useStale } from '../../mutations/stale.js';
import { useOpportunity } from '../../queries.js';
import { ContactCard } from './contact-card.js';
import { DetailsForm } from './details-form.js';
import { EventsSection } from './events-section.js';
import { OpportunityHeader } from './header.js';
import { LastLogged } from './last-logged.js';
import { NextSteps } from './next-steps.js';
import { NotesCard } from './notes-card.js';
import { StaleAlert } from './stale-alert.js';
import { useOpportunityActions } from './use-opportunity-actions.js';

export default function OpportunityPage() {
  const { id = '' } = useParams();
  const query = useOpportunity(id);
  if (query.isPending) return <Loader aria-label="Loading the opportunity" m="xl" />;
  if (query.isError) {
    return (
      <Alert
        color={query.error instanceof ApiError && query.error.status === 404 ? 'gray' : 'red'}
        title="This opportunity could not be shown"
      >
        {errorText(query.error)}{' '}
        <Anchor component={Link} to="/pipeline">
          Back to the pipeline
        </Anchor>
      </Alert>
    );
  }
  return <Opportunity o={query.data} />;
}

function Opportunity({ o }: { o: OpportunityView }) {
  const actions = useOpportunityActions(o);
  const { stale, reload } = useStale(o.id);
  const [editing, setEditing] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [closing, setClosing] = useState(false);
  const name = opportunityName({
    company: o.company,
    title: o.title,
    contact: o.contact?.name ?? null,
  });
  const heading =
    o.kind === 'job'
      ? [o.title, o.company].filter(Boolean).join(' at ') || name
      : (o.contact?.name ?? name);
  return (
    <Stack gap="xl">
      <OpportunityHeader
        o={o}
        heading={heading}
        editing={editing}
        onSchedule={() => setScheduling(true)}
        onClose={() => setClosing(true)}
        onEdit={() => setEditing((e) => !e)}
      />
      {stale ? (
        <StaleAlert
          onReload={async () => {
            setEditing(false);
            await reload();
          }}
        />
      ) : null}
      {editing ? (
        <Paper withBorder radius="lg" p="md">
          <Title order={2} size="h4" mb="sm">
            Details
          </Title>
          <DetailsForm o={o} onDone={() => setEditing(false)} />
        </Paper>
      ) : null}
      {actions.lastLogged ? (
        <LastLogged
          last={actions.lastLogged}
          undoing={actions.undoing}
          onUndo={() => actions.lastLogged && actions.undo(actions.lastLogged.eventId)}
          onDismiss={actions.dismiss}
        />
      ) : null}
      <TimelineAxis events={o.events} next={o.next} today={o.asOf} />
      <NextSteps o={o} busy={actions.busy} onLog={actions.logOutcome} onStart={actions.logStart} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ContactCard o={o} />
        <NotesCard o={o} />
      </SimpleGrid>
      <EventsSection o={o} actions={actions} />
      <Group justify="flex-end">
        <ConfirmPopover
          question={`Delete ${name} and its whole timeline? This cannot be undone.`}
          keep="Keep it"
          confirm="Delete"
          danger
          busy={actions.deleting}
          onConfirm={actions.deleteIt}
          target={(toggle) => (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={toggle}
            >
              Delete this opportunity
            </Button>
          )}
        />
      </Group>
      {scheduling ? (
        <ScheduleDialog
          opened
          name={name}
          today={o.asOf}
          kind={o.kind}
          busy={actions.busy}
          error={actions.logError ? errorText(actions.logError) : null}
          onClose={() => setScheduling(false)}
          onConfirm={(input) => actions.schedule(input, () => setScheduling(false))}
        />
      ) : null}
      {closing ? (
        <CloseDialog
          opened
          name={name}
          busy={actions.busy}
          onClose={() => setClosing(false)}
          onConfirm={(decision, note) => actions.close(decision, note, () => setClosing(false))}
        />
      ) : null}
    </Stack>
  );
}
