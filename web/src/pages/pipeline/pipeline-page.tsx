// Pipeline: a board by status with counts, search and a dense list view. Cards
// move by drag and drop (mouse, touch or keyboard) or through their menu.
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { STATUSES } from '../../../../src/core/names.js';
import { errorText, type InterviewItem } from '../../api.js';
import { CloseDialog, ScheduleDialog } from '../../components/dialogs.js';
import { opportunityName, STATUS_LABELS } from '../../labels.js';
import { useToday } from '../../queries.js';
import { Board } from './board.js';
import { ListView } from './list-view.js';
import { useColumnPages, useListPages } from './use-list-pages.js';
import { usePipelineMoves } from './use-pipeline-moves.js';

function EmptyPipeline() {
  return (
    <Paper withBorder radius="lg" p="lg">
      <Title order={2} size="h4">
        Your pipeline is empty
      </Title>
      <Text mt="xs">
        Add the first job you applied to, or a person you want to meet. Each one moves from Active
        to Interviewing, and to the holding file or Closed.{' '}
        <Anchor component={Link} to="/method">
          How the method works
        </Anchor>
      </Text>
      <Button component={Link} to="/opportunities/new" mt="md" leftSection={<IconPlus size={18} />}>
        Add an opportunity
      </Button>
    </Paper>
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
  // Both views come a page at a time (use-list-pages.ts): each column of the board, and the list.
  const columns = useColumnPages(debounced, view === 'board');
  const pages = useListPages(debounced, status, view === 'list');
  const queries =
    view === 'board' ? STATUSES.map((s) => columns[s].query) : [pages.query, pages.countsQuery];
  const pending = queries.some((q) => q.isPending);
  const failed = queries.find((q) => q.isError)?.error;
  const loaded = !pending && !failed;
  const moves = usePipelineMoves();
  const count =
    view === 'board'
      ? STATUSES.reduce((sum, s) => sum + columns[s].total, 0)
      : (pages.counts?.all ?? 0);
  return (
    <Stack gap="lg" className="wide">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={1}>Pipeline</Title>
          <Text c="dimmed">
            {/* While the list loads it has no count yet: "0 opportunities" would be untrue. */}
            {pending
              ? 'Loading your opportunities…'
              : `${count === 1 ? '1 opportunity' : `${count} opportunities`}${
                  debounced ? ` matching "${debounced}"` : ''
                }`}
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
      {failed ? (
        <Alert color="red" title="The pipeline could not be loaded">
          {errorText(failed)}
        </Alert>
      ) : null}
      {pending ? <Loader aria-label="Loading the pipeline" /> : null}
      {loaded && count === 0 && !debounced ? <EmptyPipeline /> : null}
      {loaded && count === 0 && debounced ? <Text>Nothing matches "{debounced}".</Text> : null}
      {count > 0 && view === 'board' ? (
        <Board
          columns={columns}
          today={today}
          max={max}
          interviews={interviews}
          onMove={moves.request}
        />
      ) : null}
      {count > 0 && view === 'list' ? (
        <Stack gap="sm">
          <SegmentedControl
            value={status}
            onChange={setStatus}
            data={[
              { value: 'all', label: `All ${pages.counts?.all ?? ''}` },
              ...STATUSES.map((s) => ({
                value: s,
                label: `${STATUS_LABELS[s]} ${pages.counts?.[s] ?? ''}`,
              })),
            ]}
            aria-label="Status"
            className="hide-phone"
          />
          <ListView items={pages.items} today={today} paged={pages} />
        </Stack>
      ) : null}
      {moves.closing ? (
        <CloseDialog
          opened
          name={opportunityName(moves.closing)}
          busy={moves.busy}
          onClose={moves.cancel}
          onConfirm={(decision, note) =>
            moves.closing && moves.close(moves.closing, decision, note)
          }
        />
      ) : null}
      {moves.scheduling && today ? (
        <ScheduleDialog
          opened
          name={opportunityName(moves.scheduling)}
          today={today}
          kind={moves.scheduling.kind}
          busy={moves.busy}
          error={moves.error ? errorText(moves.error) : null}
          onClose={moves.cancel}
          onConfirm={(input) => moves.scheduling && moves.schedule(moves.scheduling, input)}
        />
      ) : null}
    </Stack>
  );
}
