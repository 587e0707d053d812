// The field where a person chooses a password (sign-up, reset): the rule said once, the
// browser's password manager told it is a new one.
import { PasswordInput, type PasswordInputProps } from '@mantine/core';

export function NewPasswordInput(props: PasswordInputProps & { readonly label: string }) {
  return (
    <PasswordInput
      description="At least 8 characters. A few words make a good one."
      autoComplete="new-password"
      required
      visibilityToggleButtonProps={{ 'aria-label': 'Show the password' }}
      {...props}
    />
  );
}
