// Your name and the address you sign in with.
import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AccountView } from '../../account-api.js';
import { Section } from '../../components/section.js';
import { problemOnField } from '../../forms/problem-on-field.js';
import { useSaveProfile } from '../../mutations/use-account.js';
import { notify, notifyFailure } from '../../notify.js';

export function ProfileSection(props: { me: AccountView }) {
  const save = useSaveProfile();
  const form = useForm({ initialValues: { name: props.me.name, email: props.me.email } });
  return (
    <Section
      title="You"
      description={`Your name, and the e-mail address you sign in with. Role: ${props.me.role}.`}
    >
      <form
        onSubmit={form.onSubmit((values) =>
          save.mutate(values, {
            onSuccess: () => notify({ message: 'Saved.' }),
            onError: (error) => {
              const text = problemOnField(form, error);
              if (text) notifyFailure('Not saved', error);
            },
          }),
        )}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Name" autoComplete="name" {...form.getInputProps('name')} />
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="email"
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </form>
    </Section>
  );
}
