// The queries of shared mode: who is signed in, the account page's lists, a coach's clients.
import { useQuery } from '@tanstack/react-query';
import { accountApi } from './account-api.js';

export const accountKeys = {
  me: ['me'] as const,
  sessions: ['sessions'] as const,
  tokens: ['tokens'] as const,
  sharing: ['sharing'] as const,
  groupLink: ['group-link'] as const,
  clients: ['clients'] as const,
  group: ['clients-group'] as const,
  client: (id: string, what: string) => ['client', id, what] as const,
};

/** The signed-in account; null in personal mode, where no one signs in. */
export function useMe() {
  return useQuery({ queryKey: accountKeys.me, queryFn: accountApi.me, staleTime: 60_000 });
}

/** Coaches and admins have clients and invite people. */
export const isCoach = (role: string | undefined) => role === 'coach' || role === 'admin';
