// Dialogs shared by the pipeline and the opportunity page: close with a reason,
// schedule an interview with its date and time.
import { Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
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
  const form = useForm<{ decision: Decision; note: string }>({
    initialValues: { decision: 'offer', note: '' },
  });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={props.opened}
      onClose={props.onClose}
      title={`Close ${props.name}`}
      centered
    >
      <form onSubmit={form.onSubmit((v) => props.onConfirm(v.decision, v.note))}>
        <Stack>
          <Radio.Group label="How did it end?" {...form.getInputProps('decision')}>
            <Stack gap="xs" mt="xs">
              {DECISIONS.map((d) => (
                <Radio key={d.value} value={d.value} label={d.label} description={d.description} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea label="Note (optional)" {...form.getInputProps('note')} autosize minRows={2} />
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
  const form = useForm({
    initialValues: { date: addDays(props.today, 3), time: '10:00', note: '' },
    validateInputOnChange: true,
    validate: {
      date: (date) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? null : 'Choose a date'),
      time: (time) => (/^\d{2}:\d{2}$/.test(time) ? null : 'Choose a time'),
    },
  });
  const type = props.kind === 'networking' ? 'meeting' : 'interview';
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={props.opened}
      onClose={props.onClose}
      title={`Schedule ${type === 'meeting' ? 'a meeting' : 'an interview'}: ${props.name}`}
      centered
    >
      <form
        onSubmit={form.onSubmit((v) =>
          props.onConfirm({ type, at: `${v.date}T${v.time}`, note: v.note }),
        )}
      >
        <Stack>
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label="Date"
              {...form.getInputProps('date')}
              required
              data-field="interview-date"
            />
            <TextInput
              type="time"
              label="Time"
              {...form.getInputProps('time')}
              required
              data-field="interview-time"
            />
          </Group>
          <Textarea
            label="Note (optional)"
            placeholder="Who you meet, where, what to bring"
            {...form.getInputProps('note')}
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
