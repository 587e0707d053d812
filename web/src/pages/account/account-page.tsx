// The account page (shared mode): who you are, how you sign in, where you are signed in,
// tokens, sharing with a coach and its log, invitations for coaches, your data.
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { isCoach, useMe } from '../../account-queries.js';
import { errorText } from '../../api.js';
import { DataSection } from './data-section.js';
import { InvitationsSection } from './invitations-section.js';
import { PasskeysSection } from './passkeys-section.js';
import { PasswordSection } from './password-section.js';
import { ProfileSection } from './profile-section.js';
import { SessionsSection } from './sessions-section.js';
import { SharingSection } from './sharing-section.js';
import { TokensSection } from './tokens-section.js';

export default function AccountPage() {
  const me = useMe();
  if (me.isPending) return <Loader aria-label="Loading your account" />;
  if (me.isError) return <Alert color="red">{errorText(me.error)}</Alert>;
  if (!me.data) {
    return (
      <Stack gap="sm">
        <Title order={1}>Account</Title>
        <Text>
          JustEnough runs for you alone on this computer: there is no account to sign in to. A
          shared deployment (justenough serve --accounts) has accounts.
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <header>
        <Title order={1}>Account</Title>
        <Text c="dimmed">Signed in as {me.data.email}.</Text>
      </header>
      <ProfileSection me={me.data} />
      {/* Signing in */}
      <PasswordSection />
      <PasskeysSection />
      <SessionsSection />
      <TokensSection />
      {/* Sharing */}
      <SharingSection />
      {isCoach(me.data.role) ? <InvitationsSection /> : null}
      <DataSection me={me.data} />
    </Stack>
  );
}
