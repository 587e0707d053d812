// The numbers of the method, each with its bounds.
import { NativeSelect, NumberInput, SimpleGrid, Text } from '@mantine/core';
import type { SettingsView } from '../../api.js';
import type { SettingsForm } from './settings-values.js';

type Playbook = SettingsView['playbook'];

const PLAYBOOK_FIELDS: readonly {
  key: Exclude<keyof Playbook, 'followUpDayKind'>;
  label: string;
  description: string;
  min: number;
  max: number;
}[] = [
  {
    key: 'firstFollowUpDays',
    label: 'First follow-up after',
    description: 'business days after you apply or reach out',
    min: 1,
    max: 30,
  },
  {
    key: 'followUpDays',
    label: 'Next follow-up after',
    description: 'days after an unanswered attempt',
    min: 1,
    max: 30,
  },
  {
    key: 'maxFollowUps',
    label: 'Follow-ups before the holding file',
    description: 'unanswered attempts in a row',
    min: 1,
    max: 10,
  },
  {
    key: 'holdAfterDays',
    label: 'Holding file after',
    description: 'business days after the last follow-up',
    min: 0,
    max: 30,
  },
  {
    key: 'checkInMinDays',
    label: 'Check in from',
    description: 'days after the last contact',
    min: 1,
    max: 60,
  },
  {
    key: 'checkInMaxDays',
    label: 'Check in by',
    description: 'days after the last contact',
    min: 1,
    max: 90,
  },
  {
    key: 'thankYouDays',
    label: 'Thank-you call and note after',
    description: 'business days after the interview',
    min: 0,
    max: 10,
  },
];

export function PlaybookFields({ form }: { form: SettingsForm }) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {PLAYBOOK_FIELDS.map((f) => (
          <NumberInput
            key={f.key}
            label={f.label}
            description={f.description}
            min={f.min}
            max={f.max}
            allowDecimal={false}
            {...form.getInputProps(`playbook.${f.key}`)}
            onChange={(value) =>
              form.setFieldValue(
                `playbook.${f.key}`,
                typeof value === 'number' ? value : Number(value) || f.min,
              )
            }
          />
        ))}
        <NativeSelect
          label="Follow-up days count"
          description="between unanswered follow-ups"
          {...form.getInputProps('playbook.followUpDayKind')}
          data={[
            { value: 'business', label: 'Business days' },
            { value: 'calendar', label: 'Calendar days' },
          ]}
        />
      </SimpleGrid>
      {form.errors.playbook ? (
        <Text c="red" size="sm" mt="sm">
          {form.errors.playbook}
        </Text>
      ) : null}
    </>
  );
}
