// The one-line quick add: "Applied to Data Analyst at Acme, contact Jane Doe".
import { Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import { useState } from 'react';
import { useAddOpportunity } from '../mutations/use-opportunities.js';
import { notify, notifyFailure } from '../notify.js';

export interface QuickJob {
  readonly title: string;
  readonly company: string;
  readonly contact: string | null;
}

/** Reads "Applied to <title> at <company>[, contact <name>]"; the first words may be left out. */
export function parseQuickAdd(text: string): QuickJob | null {
  const match =
    /^\s*(?:i\s+)?(?:applied\s+(?:to|for)\s+(?:the\s+)?)?(.+?)\s+at\s+(.+?)(?:\s*,\s*(?:contact(?:\s+is)?|with|to)\s*:?\s*(.+?))?\s*\.?\s*$/i.exec(
      text,
    );
  if (!match) return null;
  const [, title, company, contact] = match;
  if (!title || !company) return null;
  return { title: title.trim(), company: company.trim(), contact: contact?.trim() || null };
}

export function QuickAdd(props: {
  today: string;
  autoFocus?: boolean;
  /** Called once the job is in (the quick-add dialog closes). */
  onAdded?: () => void;
}) {
  const [text, setText] = useState('');
  const parsed = parseQuickAdd(text);
  const add = useAddOpportunity();
  // The promise, not mutate's callbacks: Today may show the quick add elsewhere once
  // the job is in, and what was added is said all the same.
  const addJob = (job: QuickJob) =>
    add
      .mutateAsync({
        kind: 'job',
        title: job.title,
        company: job.company,
        ...(job.contact ? { contact: { name: job.contact } } : {}),
        appliedOn: props.today,
      })
      .then(
        (o) => {
          setText('');
          props.onAdded?.();
          notify({
            title: 'Added',
            message: `${o.title ?? 'The job'} at ${o.company ?? 'the company'}: applied today. Follow-up 1 comes in 3 business days.`,
          });
        },
        (error: unknown) => notifyFailure('Not added', error),
      );
  return (
    <Paper withBorder radius="lg" p="md" className="quick-add">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (parsed) void addJob(parsed);
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            className="quick-add-input"
            label="Quick add"
            // The whole example is in the description, which wraps: a placeholder is cut on a phone.
            description="Type what you did, such as “Applied to Data Analyst at Acme, contact Jane Doe”, then press Enter"
            placeholder="Applied to … at …"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autoFocus={props.autoFocus}
            size="md"
            style={{ flex: 1, minWidth: 240 }}
          />
          <Button
            type="submit"
            size="md"
            leftSection={<IconBolt size={18} />}
            disabled={!parsed}
            loading={add.isPending}
          >
            Add, applied today
          </Button>
        </Group>
        <Text size="sm" c="dimmed" mt="xs" aria-live="polite" className="quick-add-preview">
          {text && parsed
            ? `Job: ${parsed.title} · Company: ${parsed.company}${parsed.contact ? ` · Contact: ${parsed.contact}` : ''}`
            : text
              ? 'Write it as: Applied to <job> at <company>, contact <name>'
              : ' '}
        </Text>
      </form>
    </Paper>
  );
}
