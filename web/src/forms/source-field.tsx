// Where an opportunity came from (posting, referral, networking, recruiter, other): the
// Progress page counts which sources lead to interviews.
import { NativeSelect } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

/** The sources in the user's words; '' is "not said" (the API's null). */
export const SOURCE_CHOICES = [
  { value: '', label: 'Not said' },
  { value: 'posting', label: 'A job posting' },
  { value: 'referral', label: 'A referral' },
  { value: 'networking', label: 'Networking' },
  { value: 'recruiter', label: 'A recruiter' },
  { value: 'other', label: 'Other' },
];

const FROM: Readonly<Record<string, string>> = {
  posting: 'From a job posting',
  referral: 'From a referral',
  networking: 'From networking',
  recruiter: 'From a recruiter',
  other: 'From elsewhere',
};

/** "From a referral", or null when the source is not said. */
export function sourceWords(source: string | null): string | null {
  return source === null ? null : (FROM[source] ?? null);
}

/** The choice of a source, on a form whose `source` value holds one of SOURCE_CHOICES. */
export function SourceField<V extends { source: string }>(props: {
  readonly form: Pick<UseFormReturnType<V>, 'getInputProps'>;
}) {
  return (
    <NativeSelect
      label="Where did it come from?"
      description="The Progress page shows which sources lead to interviews."
      data={SOURCE_CHOICES}
      {...props.form.getInputProps('source')}
    />
  );
}
