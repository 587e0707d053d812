// The small pieces of a step: its window, where it stands in the 3X3, its script.
import {
  Badge,
  Box,
  Button,
  CopyButton,
  Group,
  List,
  Paper,
  SegmentedControl,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { IconCheck, IconCircleDashed, IconCopy, IconPoint } from '@tabler/icons-react';
import { useState } from 'react';
import { type WindowTone, windowWords } from '../dates.js';

const TONE_COLORS: Readonly<Record<WindowTone, string>> = {
  overdue: 'orange',
  today: 'teal',
  soon: 'blue',
  later: 'gray',
};

/** "2 days overdue", "Due today", "Mon 30 Nov – Thu 3 Dec". */
export function WindowChip(props: { dueOn: string; dueBy: string; today: string }) {
  const words = windowWords(props.dueOn, props.dueBy, props.today);
  return (
    // The full window shows on hover (title) and is read out (aria-label).
    <Badge
      className="window-chip"
      data-tone={words.tone}
      color={TONE_COLORS[words.tone]}
      variant={words.tone === 'overdue' || words.tone === 'today' ? 'light' : 'outline'}
      size="lg"
      radius="sm"
      tt="none"
      title={words.full}
      aria-label={`${words.text}: ${words.full}`}
    >
      {words.text}
    </Badge>
  );
}

/** The three dots of the 3X3: filled for the follow-ups made, ringed for the one now due. */
export function MethodDots(props: { made: number; max: number; current?: number | undefined }) {
  const dots = Array.from({ length: props.max }, (_, i) => i + 1);
  return (
    <Group
      gap={6}
      className="method-dots"
      aria-label={`${props.made} of ${props.max} follow-ups made`}
      role="img"
    >
      {dots.map((n) => (
        <span
          key={n}
          className="dot"
          data-state={n <= props.made ? 'done' : n === props.current ? 'current' : 'todo'}
        />
      ))}
    </Group>
  );
}

export interface ChecklistItem {
  readonly label: string;
  readonly state: 'done' | 'current' | 'todo';
}

/** The post-interview steps as a short checklist. */
export function Checklist(props: { items: readonly ChecklistItem[]; label: string }) {
  return (
    <List spacing={4} size="sm" center aria-label={props.label} className="checklist">
      {props.items.map((item) => (
        <List.Item
          key={item.label}
          data-state={item.state}
          icon={
            <ThemeIcon
              size={20}
              radius="xl"
              variant={item.state === 'done' ? 'filled' : 'light'}
              color={item.state === 'todo' ? 'gray' : 'teal'}
              aria-hidden
            >
              {item.state === 'done' ? (
                <IconCheck size={13} />
              ) : item.state === 'current' ? (
                <IconPoint size={13} />
              ) : (
                <IconCircleDashed size={13} />
              )}
            </ThemeIcon>
          }
        >
          <Text
            span
            size="sm"
            fw={item.state === 'current' ? 600 : 400}
            td={item.state === 'done' ? 'line-through' : 'none'}
            c={item.state === 'done' ? 'dimmed' : 'inherit'}
          >
            {item.label}
            {item.state === 'done' ? <span className="visually-hidden"> (done)</span> : null}
            {item.state === 'current' ? <span className="visually-hidden"> (now)</span> : null}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** The words to say, large enough to read out loud while dialling; the voicemail one click away. */
export function ScriptBox(props: {
  script: string;
  voicemail: string;
  /** Notes have no voicemail. */
  withVoicemail?: boolean;
  label?: string;
}) {
  const [version, setVersion] = useState<'call' | 'voicemail'>('call');
  const text = version === 'voicemail' ? props.voicemail : props.script;
  const withVoicemail = props.withVoicemail ?? true;
  return (
    <Paper className="script-box" radius="md" p="md" withBorder>
      <Group justify="space-between" mb="xs" wrap="nowrap" gap="xs">
        {withVoicemail ? (
          <SegmentedControl
            size="xs"
            value={version}
            onChange={(v) => setVersion(v === 'voicemail' ? 'voicemail' : 'call')}
            data={[
              { value: 'call', label: 'If they answer' },
              { value: 'voicemail', label: 'Voicemail' },
            ]}
            aria-label="Which script"
          />
        ) : (
          <Text size="xs" fw={600} tt="uppercase" c="dimmed">
            {props.label ?? 'What to write'}
          </Text>
        )}
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button
              variant="subtle"
              size="xs"
              color={copied ? 'teal' : 'gray'}
              leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              onClick={copy}
            >
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Box className="script-text" data-version={version}>
        {text.split(/\n{2,}/).map((paragraph, i) => (
          // Paragraphs of a fixed text: their order never changes.
          // biome-ignore lint/suspicious/noArrayIndexKey: static paragraphs
          <Text key={i} className="script-paragraph">
            {paragraph}
          </Text>
        ))}
      </Box>
    </Paper>
  );
}
