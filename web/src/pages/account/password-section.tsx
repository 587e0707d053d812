// Changing the password: the current one first; the other sessions end.
import { Button, Group, PasswordInput, SimpleGrid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Section } from '../../components/section.js';
import { problemOnField } from '../../forms/problem-on-field.js';
import { useChangePassword } from '../../mutations/use-account.js';
import { notify, notifyFailure } from '../../notify.js';

export function PasswordSection() {
  const change = useChangePassword();
  const form = useForm({
    initialValues: { current: '', password: '' },
    validate: {
      current: (v) => (v === '' ? 'Your current password, please' : null),
      password: (v) => (v.length < 8 ? 'At least 8 characters, please' : null),
    },
  });
  const toggle = { 'aria-label': 'Show the password' };
  return (
    <Section
      title="Password"
      description="At least 8 characters, not one of the common ones. Changing it signs out your other sessions."
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          change.mutate(values, {
            onSuccess: () => {
              form.reset();
              notify({ message: 'Password changed. Your other sessions were signed out.' });
            },
            onError: (error) => {
              if (problemOnField(form, error)) notifyFailure('Not changed', error);
            },
          }),
        )}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            visibilityToggleButtonProps={toggle}
            {...form.getInputProps('current')}
          />
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            visibilityToggleButtonProps={toggle}
            {...form.getInputProps('password')}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={change.isPending}>
            Change the password
          </Button>
        </Group>
      </form>
    </Section>
  );
}
