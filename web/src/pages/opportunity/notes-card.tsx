// The opportunity's notes: what is worth remembering, edited in place.
import { Button, Group, Paper, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { OpportunityView } from '../../api.js';
import { problemOnField } from '../../forms/problem-on-field.js';
import { isStale } from '../../mutations/stale.js';
import { useEditOpportunity } from '../../mutations/use-opportunities.js';

function NotesForm(props: { o: OpportunityView; onDone: () => void }) {
  const [version] = useState(props.o.version);
  const form = useForm({ initialValues: { notes: props.o.notes ?? '' } });
  const save = useEditOpportunity(props.o.id);
  return (
    <form
      onSubmit={form.onSubmit(({ notes }) =>
        save.mutate(
          { version, patch: { notes: notes.trim() || null } },
          {
            onSuccess: props.onDone,
            onError: (error) => {
              const problem = isStale(error) ? null : problemOnField(form, error);
              if (problem) form.setFieldError('notes', problem);
            },
          },
        ),
      )}
    >
      <Textarea
        aria-label="Notes"
        {...form.getInputProps('notes')}
        autosize
        minRows={3}
        autoFocus
      />
      <Group justify="flex-end" gap="xs" mt="xs">
        <Button size="xs" variant="default" onClick={props.onDone}>
          Cancel
        </Button>
        <Button size="xs" type="submit" loading={save.isPending}>
          Save notes
        </Button>
      </Group>
    </form>
  );
}

export function NotesCard(props: { o: OpportunityView }) {
  const [editing, setEditing] = useState(false);
  const { notes } = props.o;
  return (
    <Paper withBorder radius="lg" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">
          Notes
        </Title>
        {editing ? null : (
          <Button variant="subtle" size="xs" onClick={() => setEditing(true)}>
            {notes ? 'Edit' : 'Add a note'}
          </Button>
        )}
      </Group>
      {editing ? (
        <NotesForm o={props.o} onDone={() => setEditing(false)} />
      ) : (
        <Text size="sm" c={notes ? 'inherit' : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
          {notes ??
            'Anything worth remembering: what they said, who referred you, what to ask next time.'}
        </Text>
      )}
    </Paper>
  );
}
