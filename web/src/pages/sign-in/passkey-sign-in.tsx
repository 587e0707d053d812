// "Sign in with a passkey" on the sign-in page: no address to type, the browser asks which
// passkey; a refusal is said in the same words whoever's passkey it was.
import { Alert, Button, Stack } from '@mantine/core';
import { IconFingerprint } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { ApiError, errorText } from '../../api.js';
import { cancelled, passkeyApi, passkeysSupported } from '../../passkey-api.js';

function refusalText(error: unknown): string {
  if (error instanceof ApiError && error.status === 429) {
    return 'Too many attempts. Wait 15 minutes and try again.';
  }
  if (error instanceof ApiError && error.status === 401) {
    return 'This passkey does not sign in to an account here. Sign in with your password, then add a passkey on your account page.';
  }
  return errorText(error);
}

/** Signs in with a passkey, then opens `next` (a path of this site). */
export function PasskeySignIn(props: { readonly next: string }) {
  const signIn = useMutation({
    mutationFn: passkeyApi.signIn,
    onSuccess: () => window.location.assign(props.next),
  });
  if (!passkeysSupported()) return null;
  const failed = signIn.isError && !cancelled(signIn.error);
  return (
    <Stack gap="sm">
      {failed ? (
        <Alert color="red" role="alert" title="Not signed in">
          {refusalText(signIn.error)}
        </Alert>
      ) : null}
      <Button
        variant="default"
        fullWidth
        leftSection={<IconFingerprint size={18} aria-hidden />}
        loading={signIn.isPending}
        onClick={() => signIn.mutate()}
      >
        Sign in with a passkey
      </Button>
    </Stack>
  );
}
