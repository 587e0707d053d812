// Signing in with e-mail and password. The server's refusal is the same whether the address
// has an account or not, and a rate limit is said in words.
import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { ApiError, errorText } from '../../api.js';
import { goTo, useSignIn } from '../../mutations/use-account.js';

function refusalText(error: unknown): string {
  if (error instanceof ApiError && error.status === 429) {
    return 'Too many attempts. Wait 15 minutes and try again, or reset your password.';
  }
  if (error instanceof ApiError && error.status === 401) {
    return 'This e-mail address and password do not match an account. Check both, or reset your password.';
  }
  return errorText(error);
}

export function PasswordForm(props: { next: string }) {
  const signIn = useSignIn();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() === '' ? 'Your e-mail address, please' : null),
      password: (v) => (v === '' ? 'Your password, please' : null),
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        signIn.mutate(values, { onSuccess: () => goTo(props.next) }),
      )}
    >
      <Stack gap="sm">
        {signIn.isError ? (
          <Alert color="red" role="alert" title="Not signed in">
            {refusalText(signIn.error)}
          </Alert>
        ) : null}
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="username"
          required
          data-autofocus
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          visibilityToggleButtonProps={{ 'aria-label': 'Show the password' }}
          {...form.getInputProps('password')}
        />
        <Anchor component={Link} to="/reset" size="sm">
          Forgot your password?
        </Anchor>
        <Button type="submit" loading={signIn.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
