// Editing an opportunity's details: the same fields as a new one. A refusal stays
// on its field and what was typed stays in the form. The source is edited here too.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { OpportunityView } from '../../api.js';
import {
  ContactFields,
  type OpportunityValues,
  opportunityPatch,
  opportunityValues,
  WhatFields,
} from '../../forms/opportunity-fields.js';
import { problemOnField } from '../../forms/problem-on-field.js';
import { SourceField } from '../../forms/source-field.js';
import { isStale } from '../../mutations/stale.js';
import { useEditOpportunity } from '../../mutations/use-opportunities.js';
import { notify } from '../../notify.js';

export function DetailsForm(props: { o: OpportunityView; onDone: () => void }) {
  const { o } = props;
  // The version the edit is based on: what the user saw when they began.
  const [version] = useState(o.version);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<OpportunityValues & { source: string }>({
    initialValues: { ...opportunityValues(o), source: o.source ?? '' },
  });
  const save = useEditOpportunity(o.id);
  return (
    <form
      onSubmit={form.onSubmit((values) => {
        setProblem(null);
        save.mutate(
          {
            version,
            patch: { ...opportunityPatch(values, o.kind), source: values.source || null },
          },
          {
            onSuccess: () => {
              notify({ message: 'Saved.' });
              props.onDone();
            },
            onError: (error) => {
              if (!isStale(error)) setProblem(problemOnField(form, error));
            },
          },
        );
      })}
    >
      <Stack gap="sm">
        <WhatFields form={form} kind={o.kind} />
        <ContactFields form={form} kind={o.kind} />
        <SourceField form={form} />
        {problem ? (
          <Alert color="red" title="Not saved">
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
