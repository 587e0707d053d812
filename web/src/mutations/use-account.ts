// The changes of shared mode: signing in and out, the account page, sharing, invitations.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountApi, type GroupLinkView } from '../account-api.js';
import { accountKeys } from '../account-queries.js';
import { TODAY_CACHE } from '../offline-names.js';
import { clearPendingOutcomes } from '../offline-queue.js';

/**
 * After signing in, up or out, the page loads anew: nothing of the last person stays cached,
 * neither in memory nor in the Today list the service worker keeps for reading offline.
 */
export const goTo = (path: string): void => {
  const forget = 'caches' in window ? caches.delete(TODAY_CACHE) : Promise.resolve(true);
  void forget.catch(() => false).finally(() => window.location.assign(path));
};

export function useSignIn() {
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      accountApi.signIn(input.email, input.password),
  });
}

/** Signing out also forgets the outcomes kept on this device (online, they were sent already). */
export function useSignOut() {
  return useMutation({
    mutationFn: accountApi.signOut,
    onSuccess: () => {
      clearPendingOutcomes();
      goTo('/sign-in');
    },
  });
}

export function useAskReset() {
  return useMutation({ mutationFn: (email: string) => accountApi.askReset(email) });
}

export function useConfirmReset() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      accountApi.confirmReset(input.token, input.password),
  });
}

export function useSignUp() {
  return useMutation({ mutationFn: accountApi.signUp });
}

export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: accountApi.saveProfile,
    onSuccess: (me) => client.setQueryData(accountKeys.me, me),
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { current: string; password: string }) =>
      accountApi.changePassword(input.current, input.password),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
}

export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: accountApi.endSession,
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
}

/** Every session ends, this one too: back to the sign-in page. */
export function useSignOutEverywhere() {
  return useMutation({
    mutationFn: accountApi.signOutEverywhere,
    onSuccess: () => goTo('/sign-in'),
  });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: accountApi.createToken,
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.tokens }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: accountApi.revokeToken,
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.tokens }),
  });
}

export function useShare() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: accountApi.share,
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.sharing }),
  });
}

export function useRevokeShare() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: accountApi.revokeShare,
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.sharing }),
  });
}

export function useInvite() {
  return useMutation({ mutationFn: accountApi.invite });
}

export function useGroupLinkChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (action: 'new' | 'end'): Promise<GroupLinkView | null> => {
      if (action === 'new') return accountApi.newGroupLink();
      await accountApi.endGroupLink();
      return null;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.groupLink }),
  });
}

export function useDeleteAccount() {
  return useMutation({
    mutationFn: accountApi.deleteAccount,
    onSuccess: () => goTo('/sign-in'),
  });
}
