// Resetting a password: ask for a link by e-mail, then choose a new password with it.
import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useSearchParams } from 'react-router';
import { ApiError, errorText } from '../../api.js';
import { useAskReset, useConfirmReset } from '../../mutations/use-account.js';
import { AuthFrame } from './auth-frame.js';
import { NewPasswordInput } from './new-password-input.js';

function AskForLink() {
  const ask = useAskReset();
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (v.trim() === '' ? 'Your e-mail address, please' : null) },
  });
  if (ask.isSuccess) {
    return (
      <Stack gap="sm">
        <Alert color="teal" role="status" title="Check your e-mail">
          {ask.data.detail} The link works for an hour, once.
        </Alert>
        <Anchor component={Link} to="/sign-in" size="sm">
          Back to sign-in
        </Anchor>
      </Stack>
    );
  }
  return (
    <form noValidate onSubmit={form.onSubmit((v) => ask.mutate(v.email))}>
      <Stack gap="sm">
        {ask.isError ? (
          <Alert color="red" role="alert" title="Not sent">
            {errorText(ask.error)}
          </Alert>
        ) : null}
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <Button type="submit" loading={ask.isPending} fullWidth>
          E-mail me a link
        </Button>
        <Anchor component={Link} to="/sign-in" size="sm">
          Back to sign-in
        </Anchor>
      </Stack>
    </form>
  );
}

function NewPassword(props: { token: string }) {
  const confirm = useConfirmReset();
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v.length < 8 ? 'At least 8 characters, please' : null) },
  });
  if (confirm.isSuccess) {
    return (
      <Stack gap="sm">
        <Alert color="teal" role="status" title="Password changed">
          Sign in with your new password. Every session of your account was signed out.
        </Alert>
        <Button component={Link} to="/sign-in" fullWidth>
          Sign in
        </Button>
      </Stack>
    );
  }
  const expired = confirm.error instanceof ApiError && confirm.error.status === 404;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        confirm.mutate(
          { token: props.token, password: v.password },
          {
            onError: (error) => {
              if (error instanceof ApiError && error.field === 'password') {
                form.setFieldError('password', errorText(error).replace(/^password: /, ''));
              }
            },
          },
        ),
      )}
    >
      <Stack gap="sm">
        {confirm.isError && !form.errors.password ? (
          <Alert color="red" role="alert" title="Not changed">
            {expired ? (
              <>
                This link was used or has expired.{' '}
                <Anchor component={Link} to="/reset">
                  Ask for a new one
                </Anchor>
                .
              </>
            ) : (
              errorText(confirm.error)
            )}
          </Alert>
        ) : null}
        <NewPasswordInput label="New password" {...form.getInputProps('password')} />
        <Button type="submit" loading={confirm.isPending} fullWidth>
          Set the new password
        </Button>
      </Stack>
    </form>
  );
}

export default function ResetPage() {
  const [search] = useSearchParams();
  const token = search.get('token');
  return token ? (
    <AuthFrame title="Choose a new password">
      <NewPassword token={token} />
    </AuthFrame>
  ) : (
    <AuthFrame
      title="Reset your password"
      intro="Tell us your address: if it has an account, we e-mail you a link to choose a new password."
    >
      <AskForLink />
    </AuthFrame>
  );
}
