// Sign-up: from an invitation link (a coach's group link also shares progress with the
// coach, which the page says before anything is made), or without one when sign-up is open.
import { Alert, Anchor, Button, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { accountApi } from '../../account-api.js';
import { ApiError, errorText } from '../../api.js';
import { problemOnField } from '../../forms/problem-on-field.js';
import { goTo, useSignUp } from '../../mutations/use-account.js';
import { AuthFrame } from './auth-frame.js';
import { NewPasswordInput } from './new-password-input.js';

function SignUpForm(props: { invitation: string | null; email: string | null }) {
  const signUp = useSignUp();
  const form = useForm({
    initialValues: { email: props.email ?? '', name: '', password: '' },
    validate: {
      email: (v) => (v.trim() === '' ? 'Your e-mail address, please' : null),
      name: (v) => (v.trim() === '' ? 'Your name, please' : null),
      password: (v) => (v.length < 8 ? 'At least 8 characters, please' : null),
    },
  });
  const message = signUp.isError ? problemOnField(form, signUp.error) : null;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        signUp.mutate(
          {
            ...values,
            ...(props.invitation ? { invitation: props.invitation } : {}),
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          },
          { onSuccess: () => goTo('/') },
        ),
      )}
    >
      <Stack gap="sm">
        {message ? (
          <Alert color="red" role="alert" title="No account made">
            {message}
          </Alert>
        ) : null}
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="username"
          required
          readOnly={props.email !== null}
          {...form.getInputProps('email')}
        />
        <TextInput label="Your name" autoComplete="name" required {...form.getInputProps('name')} />
        <NewPasswordInput label="Password" {...form.getInputProps('password')} />
        <Button type="submit" loading={signUp.isPending} fullWidth>
          Make my account
        </Button>
      </Stack>
    </form>
  );
}

export default function SignUpPage() {
  const [search] = useSearchParams();
  const invitation = search.get('invitation');
  const info = useQuery({
    queryKey: ['sign-up-info', invitation],
    queryFn: () => accountApi.signUpInfo(invitation),
  });
  const back = (
    <Anchor component={Link} to="/sign-in" size="sm">
      I have an account: sign in
    </Anchor>
  );
  if (info.isPending) {
    return (
      <AuthFrame title="Make your account">
        <Loader aria-label="Loading the invitation" />
      </AuthFrame>
    );
  }
  if (info.isError) {
    const gone = info.error instanceof ApiError && info.error.status === 404;
    return (
      <AuthFrame title="Make your account">
        <Stack gap="sm">
          <Alert color="red" role="alert" title="This link does not work">
            {gone
              ? 'It was used, has expired or was replaced. Ask whoever sent it for a new one.'
              : errorText(info.error)}
          </Alert>
          {back}
        </Stack>
      </AuthFrame>
    );
  }
  const invited = info.data.invitation;
  if (!invited && info.data.mode !== 'open') {
    return (
      <AuthFrame title="Make your account">
        <Stack gap="sm">
          <Text>
            Accounts here are made by invitation. Ask your coach or the administrator for a link.
          </Text>
          {back}
        </Stack>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame
      title="Make your account"
      intro={invited ? `${invited.inviter} invites you to JustEnough.` : undefined}
    >
      <Stack gap="md">
        {invited?.shares ? (
          <Alert color="blue" title={`You will share your progress with ${invited.inviter}`}>
            Your coach sees your numbers: steps done on time, overdue steps, how many opportunities
            are in each stage, your last activity. Never your notes, contacts or messages. You can
            change or stop this on your account page at any time.
          </Alert>
        ) : null}
        <SignUpForm invitation={invited ? invitation : null} email={invited?.email ?? null} />
        {back}
      </Stack>
    </AuthFrame>
  );
}
