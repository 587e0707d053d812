// Sign-in (shared mode): e-mail and password, or a passkey; a link to reset, and to sign up when it is open.
import { Anchor, Divider, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { accountApi } from '../../account-api.js';
import { AuthFrame, nextPath } from './auth-frame.js';
import { PasskeySignIn } from './passkey-sign-in.js';
import { PasswordForm } from './password-form.js';

export default function SignInPage() {
  const [search] = useSearchParams();
  const next = nextPath(search);
  const signUp = useQuery({
    queryKey: ['sign-up-info', null],
    queryFn: () => accountApi.signUpInfo(null),
  });
  return (
    <AuthFrame title="Sign in" intro="Your job search, and whom to follow up with today.">
      <PasswordForm next={next} />
      <Divider label="or" labelPosition="center" my="md" />
      <PasskeySignIn next={next} />
      <Text size="sm" mt="md" c="dimmed">
        {signUp.data?.mode === 'open' ? (
          <>
            New here?{' '}
            <Anchor component={Link} to="/sign-up">
              Make an account
            </Anchor>
          </>
        ) : (
          'New here? Your coach or the administrator sends you an invitation link.'
        )}
      </Text>
    </AuthFrame>
  );
}
