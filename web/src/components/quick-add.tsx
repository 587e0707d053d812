// The one-line quick add: "Applied to Data Analyst at Acme, contact Jane Doe".
import { Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorText } from '../api.js';
import { refreshAll } from '../queries.js';
import { useToast } from './toast.js';

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

export function QuickAdd(props: { today: string; autoFocus?: boolean }) {
  const [text, setText] = useState('');
  const client = useQueryClient();
  const toast = useToast();
  const parsed = parseQuickAdd(text);
  const add = useMutation({
    mutationFn: (job: QuickJob) =>
      api.addOpportunity({
        kind: 'job',
        title: job.title,
        company: job.company,
        ...(job.contact ? { contact: { name: job.contact } } : {}),
        appliedOn: props.today,
      }),
    onSuccess: async (o) => {
      setText('');
      toast({
        title: 'Added',
        message: `${o.title ?? 'The job'} at ${o.company ?? 'the company'}: applied today. Follow-up 1 comes in 3 business days.`,
      });
      await refreshAll(client);
    },
    onError: (error) => toast({ tone: 'error', title: 'Not added', message: errorText(error) }),
  });
  return (
    <Paper withBorder radius="lg" p="md" className="quick-add">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (parsed) add.mutate(parsed);
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            className="quick-add-input"
            label="Quick add"
            description="Type what you did, then press Enter"
            placeholder="Applied to Data Analyst at Acme, contact Jane Doe"
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
