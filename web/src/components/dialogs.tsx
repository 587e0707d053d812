// Dialogs shared by the pipeline and the opportunity page: close with a reason,
// schedule an interview with its date and time.
import { Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { addDays } from '../dates.js';

export type Decision = 'offer' | 'rejected' | 'withdrawn';

const DECISIONS: readonly { value: Decision; label: string; description: string }[] = [
  { value: 'offer', label: 'Offer', description: 'A definite yes. Congratulations!' },
  { value: 'rejected', label: 'Rejected', description: 'A definite "No, thank you".' },
  { value: 'withdrawn', label: 'Withdrawn', description: 'You ended it.' },
];

export function CloseDialog(props: {
  opened: boolean;
  name: string;
  busy: boolean;
  onClose: () => void;
  onConfirm: (decision: Decision, note: string) => void;
}) {
  const [decision, setDecision] = useState<Decision>('offer');
  const [note, setNote] = useState('');
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={props.opened}
      onClose={props.onClose}
      title={`Close ${props.name}`}
      centered
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onConfirm(decision, note);
        }}
      >
        <Stack>
          <Radio.Group
            label="How did it end?"
            value={decision}
            onChange={(v) => setDecision(v as Decision)}
          >
            <Stack gap="xs" mt="xs">
              {DECISIONS.map((d) => (
                <Radio key={d.value} value={d.value} label={d.label} description={d.description} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label="Note (optional)"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={props.busy}>
              Close it
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ScheduleDialog(props: {
  opened: boolean;
  name: string;
  today: string;
  busy: boolean;
  error?: string | null;
  onClose: () => void;
  onConfirm: (input: { type: 'interview' | 'meeting'; at: string; note: string }) => void;
  kind?: string;
}) {
  const [date, setDate] = useState(addDays(props.today, 3));
  const [time, setTime] = useState('10:00');
  const [note, setNote] = useState('');
  const type = props.kind === 'networking' ? 'meeting' : 'interview';
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const validTime = /^\d{2}:\d{2}$/.test(time);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={props.opened}
      onClose={props.onClose}
      title={`Schedule ${type === 'meeting' ? 'a meeting' : 'an interview'}: ${props.name}`}
      centered
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (validDate && validTime) props.onConfirm({ type, at: `${date}T${time}`, note });
        }}
      >
        <Stack>
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label="Date"
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={validDate ? undefined : 'Choose a date'}
              required
              data-field="interview-date"
            />
            <TextInput
              type="time"
              label="Time"
              value={time}
              onChange={(e) => setTime(e.currentTarget.value)}
              error={validTime ? undefined : 'Choose a time'}
              required
              data-field="interview-time"
            />
          </Group>
          <Textarea
            label="Note (optional)"
            placeholder="Who you meet, where, what to bring"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Text size="sm" c="dimmed">
            The day after, JustEnough asks you for a thank-you call and a handwritten note.
          </Text>
          {props.error ? (
            <Text size="sm" c="red" role="alert">
              {props.error}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={props.busy}>
              Schedule
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
